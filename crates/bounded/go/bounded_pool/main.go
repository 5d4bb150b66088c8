// A worker pool: a fixed number of goroutines read jobs from one channel.
package main

import (
	"fmt"
	"sync"
)

// ANCHOR: main
func main() {
	const workers = 3
	jobs := make(chan int, workers)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- n * n
			}
		}()
	}
	go func() { // close results once every worker is done
		wg.Wait()
		close(results)
	}()
	go func() {
		for n := 1; n <= 20; n++ {
			jobs <- n
		}
		close(jobs)
	}()
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println("results:", count)
	fmt.Println("sum of squares:", sum)
}

// ANCHOR_END: main
