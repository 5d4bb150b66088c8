// sync.WaitGroup: start goroutines, wait for all of them.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// ANCHOR: squares
func squares(numbers []uint64) []uint64 {
	out := make([]uint64, len(numbers))
	var wg sync.WaitGroup
	for i, n := range numbers {
		wg.Add(1) // before the go statement, never inside it
		go func(i int, n uint64) {
			defer wg.Done()
			out[i] = n * n // each goroutine writes its own slot
		}(i, n)
	}
	wg.Wait()
	return out
}

// ANCHOR_END: squares

// ANCHOR: latch
func wordLengths(words []string) []int {
	var (
		mu      sync.Mutex
		lengths []int
		wg      sync.WaitGroup
	)
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.Lock()
			lengths = append(lengths, len(w))
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	sort.Ints(lengths)
	return lengths
}

// ANCHOR_END: latch

func main() {
	sq := squares([]uint64{1, 2, 3, 4, 5})
	parts := make([]string, len(sq))
	for i, v := range sq {
		parts[i] = fmt.Sprint(v)
	}
	fmt.Println("squares:", strings.Join(parts, " "))
	fmt.Println("lengths:", wordLengths([]string{"wait", "group", "go"}))
}
