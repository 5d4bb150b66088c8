// The blocked sender that leaks: the losers of "first answer wins" wait forever.
// output: nondeterministic (which replica answers first depends on scheduling)
package main

import (
	"fmt"
	"runtime"
	"time"
)

// ANCHOR: program
func firstAnswer(replicas int) string {
	answers := make(chan string) // unbuffered: only one send will ever complete
	for i := 1; i <= replicas; i++ {
		go func(i int) {
			answers <- fmt.Sprint("replica ", i) // the losers block here forever
		}(i)
	}
	return <-answers
}

func main() {
	fmt.Println("first answer:", firstAnswer(3))
	time.Sleep(100 * time.Millisecond) // let the losers reach their send
	fmt.Println("goroutines blocked forever:", runtime.NumGoroutine()-1)
	// The fix: make(chan string, replicas), so that every send can complete.
}

// ANCHOR_END: program
