// A read lock taken again while a writer waits: the second RLock queues
// behind the writer, and the writer waits for the first RLock to go.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// ANCHOR: main
func main() {
	var rw sync.RWMutex
	rw.RLock() // the outer read lock, say in a method that calls another
	written := make(chan struct{})
	go func() {
		rw.Lock() // waits for the outer read lock
		rw.Unlock()
		close(written)
	}()

	// Wait until the writer is queued: from then on a new reader waits
	// for it. TryRLock (Go 1.18) shows it without waiting.
	deadline := time.Now().Add(10 * time.Second)
	for rw.TryRLock() {
		rw.RUnlock()
		if time.Now().After(deadline) {
			panic("the writer never started waiting")
		}
		runtime.Gosched()
	}
	fmt.Println("a writer waits: a second RLock now would wait for it, and it waits for us")

	rw.RUnlock() // release the outer read lock instead
	<-written
	fmt.Println("outer read lock released: the writer ran")
}

// ANCHOR_END: main
