// sync.Cond: workers wait for a start signal; Broadcast releases them all.
package main

import (
	"fmt"
	"sync"
)

func main() {
	// ANCHOR: main
	var (
		mu      sync.Mutex
		start   = sync.NewCond(&mu)
		started bool
		wg      sync.WaitGroup
		ready   = make(chan struct{}, 3)
		ran     = make(chan int, 3)
	)
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			ready <- struct{}{}
			for !started { // `for`, not `if`: check again after every wake-up
				start.Wait() // unlocks mu while waiting, locks it again on return
			}
			mu.Unlock()
			ran <- id
		}(id)
	}
	for i := 0; i < 3; i++ {
		<-ready
	}
	mu.Lock()
	started = true
	mu.Unlock()
	start.Broadcast() // Signal() would wake only one of them
	wg.Wait()
	close(ran)
	sum := 0
	for id := range ran {
		sum += id
	}
	fmt.Println("all 3 workers ran; sum of ids:", sum)
	// ANCHOR_END: main
}
