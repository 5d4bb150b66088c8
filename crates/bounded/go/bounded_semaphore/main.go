// A buffered channel as a semaphore: at most 3 goroutines work at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// ANCHOR: main
func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var (
		wg        sync.WaitGroup
		now, most int64
		done      int64
	)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}        // acquire: blocks while 3 are in
			defer func() { <-sem }() // release
			n := atomic.AddInt64(&now, 1)
			for { // most = max(most, n)
				m := atomic.LoadInt64(&most)
				if n <= m || atomic.CompareAndSwapInt64(&most, m, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond) // the work
			atomic.AddInt64(&now, -1)
			atomic.AddInt64(&done, 1)
		}()
	}
	wg.Wait()
	fmt.Println("jobs done:", done)
	fmt.Println("never more than", limit, "at once:", most <= limit)
}

// ANCHOR_END: main
