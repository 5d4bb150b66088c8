// The counter of vetbugs/main.go without its bug: a pointer receiver, so
// that every goroutine locks the one mutex and increments the one count.
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

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

// ANCHOR_END: counter

func (c *Counter) Get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

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
	fmt.Printf("count: %d\n", c.Get())
}
