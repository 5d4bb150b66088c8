// A map shared by goroutines, guarded by a sync.Mutex (and a sync.RWMutex
// for a read-mostly cache).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// ANCHOR: counter
type Counter struct {
	mu     sync.Mutex
	counts map[string]int // guarded by mu: nothing but a comment says so
}

func (c *Counter) Add(word string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[word]++
}

// ANCHOR_END: counter

func main() {
	// ANCHOR: main
	c := Counter{counts: map[string]int{}}
	lines := []string{"a rose is a rose", "is a rose", "a rose"}
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			for _, w := range strings.Fields(line) {
				c.Add(w)
			}
		}(line)
	}
	wg.Wait()

	var cache sync.RWMutex // many readers at once, one writer
	words := make([]string, 0, len(c.counts))
	cache.RLock()
	for w := range c.counts {
		words = append(words, w)
	}
	cache.RUnlock()
	sort.Strings(words) // Go's map order is random on purpose
	for _, w := range words {
		fmt.Println(w, c.counts[w])
	}
	// ANCHOR_END: main
}
