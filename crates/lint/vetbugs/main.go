// Two bugs that compile, and that go vet reports: a lock copied by a value
// receiver, and a Printf verb that does not match its argument. The
// program lint_vet (go/lint_vet) runs go vet on this file, then runs it.
// It is not one of the topic's Go originals: those must pass go vet.
package main

import (
	"fmt"
	"sync"
)

// ANCHOR: counter
type Counter struct {
	mu sync.Mutex
	n  int
}

// Inc has a value receiver: each call locks and increments a copy.
func (c Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

// ANCHOR_END: counter

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	// ANCHOR: printf
	name := "gopher"
	fmt.Printf("count: %d, counted by %d\n", c.n, name)
	// ANCHOR_END: printf
}
