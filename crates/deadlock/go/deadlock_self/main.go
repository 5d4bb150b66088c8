// Self-deadlock: sync.Mutex is not reentrant, so locking it twice on one
// goroutine blocks that goroutine forever.
package main

import (
	"fmt"
	"sync"
	"time"
)

// ANCHOR: main
func main() {
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		mu.Lock()
		mu.Lock() // waits for itself
		close(done)
	}()
	select {
	case <-done:
		fmt.Println("locked twice")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("self-deadlock: the goroutine waits for a lock it holds")
	}
}

// ANCHOR_END: main
