package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// runSemaphore measures a buffered chan struct{} of capacity 2 used as a
// semaphore by 8 goroutines doing n/8 acquisitions each. Inside, an atomic
// counter checks that no more than 2 holders are ever inside at once.
func runSemaphore(n int) {
	const workers, limit = 8, 2
	var inside, acquired atomic.Int64
	ns := measure(n, func() {
		sem := make(chan struct{}, limit)
		var wg sync.WaitGroup
		wg.Add(workers)
		for w := 0; w < workers; w++ {
			go func() {
				for i := 0; i < n/workers; i++ {
					sem <- struct{}{}
					if k := inside.Add(1); k > limit {
						panic(fmt.Sprintf("semaphore: %d holders inside, limit %d", k, limit))
					}
					acquired.Add(1)
					inside.Add(-1)
					<-sem
				}
				wg.Done()
			}()
		}
		wg.Wait()
	})
	if got := acquired.Load(); got != int64(n) || inside.Load() != 0 {
		panic(fmt.Sprintf("semaphore: %d acquisitions (%d inside), want %d (0 inside)", got, inside.Load(), n))
	}
	emit("semaphore", "limit 2 of 8", "chan", ns, "ns/op", n)
}
