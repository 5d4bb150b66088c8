package main

import (
	"fmt"
	"sync"
)

// runCond measures ping-pong over a sync.Cond: two goroutines alternate on a
// shared turn variable under a sync.Mutex; each waits until the turn is its
// own, flips it and calls Signal. One round trip is two flips (two wake-ups).
func runCond(n int) {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	turn, flips := 0, 0
	ns := measure(n, func() {
		var wg sync.WaitGroup
		wg.Add(2)
		for me := 0; me < 2; me++ {
			go func(me int) {
				for i := 0; i < n; i++ {
					mu.Lock()
					for turn != me {
						cond.Wait()
					}
					turn = 1 - me
					flips++
					cond.Signal()
					mu.Unlock()
				}
				wg.Done()
			}(me)
		}
		wg.Wait()
	})
	if flips != 2*n || turn != 0 {
		panic(fmt.Sprintf("cond: %d flips ending on turn %d, want %d ending on turn 0", flips, turn, 2*n))
	}
	emit("cond", "ping-pong", "sync.Cond", ns, "ns/op", n)
}
