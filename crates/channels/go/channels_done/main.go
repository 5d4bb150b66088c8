// close(done) as a broadcast: one close wakes every goroutine waiting on
// the channel, and a result channel of one is a value sent once.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// ANCHOR: main
func main() {
	done := make(chan struct{})
	stopped := make(chan string)
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			<-done // returns for everyone once done is closed
			stopped <- name
		}(name)
	}
	go func() {
		wg.Wait()
		close(stopped)
	}()
	close(done) // one close, three wake-ups

	var names []string
	for name := range stopped {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println("stopped:", strings.Join(names, " "))

	// A value sent once, to one receiver.
	result := make(chan int, 1)
	go func() { result <- 42 }()
	fmt.Println("result:", <-result)
}

// ANCHOR_END: main
