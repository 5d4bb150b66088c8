// Stop a producer with a quit channel, then let the workers drain every job
// it had accepted: no job lost.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// ANCHOR: main
func main() {
	jobs := make(chan int, 4)
	quit := make(chan struct{})
	var accepted, processed int64

	go func() { // the producer: offers jobs until told to quit
		defer close(jobs) // closing is the producer's job, never the consumer's
		for id := 0; ; id++ {
			select {
			case <-quit:
				return
			case jobs <- id:
				if atomic.AddInt64(&accepted, 1) == 25 {
					close(quit) // time to stop (a signal, a deadline, ...)
				}
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs { // drains what is buffered after the close
				atomic.AddInt64(&processed, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("no job lost:", processed == accepted && accepted >= 25)
	fmt.Println("workers stopped: 3")
}

// ANCHOR_END: main
