// Two goroutines take two mutexes in opposite orders: each holds one and
// waits for the other. The same code with one global order finishes.
package main

import (
	"fmt"
	"sync"
	"time"
)

// ANCHOR: opposite
// both runs two goroutines that each lock first, then second; it reports
// whether they finished within the limit. With meet, each waits, holding its
// first lock, until the other holds its own: the worst interleaving, every
// time.
func both(a1, a2, b1, b2 *sync.Mutex, meet bool) bool {
	var holding sync.WaitGroup
	holding.Add(2)
	done := make(chan struct{}, 2)
	worker := func(first, second *sync.Mutex) {
		first.Lock()
		if meet {
			holding.Done()
			holding.Wait()
		}
		second.Lock() // with opposite orders: blocked forever
		second.Unlock()
		first.Unlock()
		done <- struct{}{}
	}
	go worker(a1, a2)
	go worker(b1, b2)
	timeout := time.After(100 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-done:
		case <-timeout:
			return false
		}
	}
	return true
}

// ANCHOR_END: opposite

// ANCHOR: main
func main() {
	var x, y sync.Mutex
	if !both(&x, &y, &y, &x, true) { // one locks x then y, the other y then x
		fmt.Println("opposite order: deadlock detected")
	}
	// (those two goroutines stay blocked: Go cannot stop them)
	// The same order: the second worker cannot even hold p while the first
	// does, so they cannot meet; they take turns.
	var p, q sync.Mutex
	if both(&p, &q, &p, &q, false) {
		fmt.Println("same order: both finished")
	}
}

// ANCHOR_END: main
