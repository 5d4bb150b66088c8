package main

import (
	"fmt"
	"sync"
)

// runOnce measures the hot path of sync.Once: 2 goroutines each call
// once.Do(f) n times; f, which increments a counter, must run exactly once.
func runOnce(n int) {
	const workers = 2
	var once sync.Once
	calls := 0
	f := func() { calls++ }
	ns := measure(workers*n, func() {
		var wg sync.WaitGroup
		wg.Add(workers)
		for w := 0; w < workers; w++ {
			go func() {
				for i := 0; i < n; i++ {
					once.Do(f)
				}
				wg.Done()
			}()
		}
		wg.Wait()
	})
	if calls != 1 {
		panic(fmt.Sprintf("once: f ran %d times, want 1", calls))
	}
	emit("once", "once hot path", "sync.Once", ns, "ns/op", workers*n)
}
