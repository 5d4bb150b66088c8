// A bounded parallel pipeline: a fixed number of workers on one jobs channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct{ index, value int }

// ANCHOR: bounded
func mapBounded(inputs []int, limit int, f func(int) int) []int {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	wg.Add(limit)
	for w := 0; w < limit; w++ { // at most `limit` calls of f at once
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result{i, f(inputs[i])}
			}
		}()
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()

	collected := make([]result, 0, len(inputs))
	for r := range results {
		collected = append(collected, r)
	}
	sort.Slice(collected, func(a, b int) bool { return collected[a].index < collected[b].index })
	outputs := make([]int, len(collected))
	for i, r := range collected {
		outputs[i] = r.value
	}
	return outputs
}

// ANCHOR_END: bounded

func main() {
	// ANCHOR: main
	squares := mapBounded([]int{1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, func(v int) int { return v * v })
	fmt.Println(squares)
	// ANCHOR_END: main
}
