package main

import "sync"

// runSpawn measures starting n goroutines that each only call wg.Done, and
// waiting for all of them. The WaitGroup is the check: Wait returns only
// after exactly n Done calls, and one Done too many panics.
func runSpawn(n int) {
	ns := measure(n, func() {
		var wg sync.WaitGroup
		wg.Add(n)
		for i := 0; i < n; i++ {
			go func() { wg.Done() }()
		}
		wg.Wait()
	})
	emit("spawn", "spawn+wait", "goroutine", ns, "ns/op", n)
}
