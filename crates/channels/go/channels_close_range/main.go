// Several producers, one consumer that ranges until the channel is closed.
package main

import (
	"fmt"
	"sync"
)

// ANCHOR: main
func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 1; i <= 4; i++ {
				results <- w * i
			}
		}(w)
	}
	// Someone must close results once every producer is done, or the
	// range below never ends: a goroutine waits for them, then closes.
	go func() {
		wg.Wait()
		close(results)
	}()

	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
	}
	fmt.Println("received", count, "values, sum", sum)
}

// ANCHOR_END: main
