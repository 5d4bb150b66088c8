package main

import (
	"fmt"
	"sync"
)

// ringSize is the number of goroutines in the ring.
const ringSize = 100

// runRing measures passing a token around a ring of 100 goroutines joined by
// unbuffered channels, n hops in total (one hop = one send and its receive).
// The token counts down; the goroutine that receives 1 stops the ring by
// closing its output, and each goroutine closes its output when its input
// is closed, so that all of them exit. Starting and stopping the goroutines
// is inside the timed part.
func runRing(n int) {
	var hops []int
	stopper := -1
	ns := measure(n, func() {
		links := make([]chan int, ringSize)
		for i := range links {
			links[i] = make(chan int)
		}
		hops = make([]int, ringSize)
		stopped := make([]bool, ringSize)
		var wg sync.WaitGroup
		wg.Add(ringSize)
		for i := 0; i < ringSize; i++ {
			go func(i int, in <-chan int, out chan<- int) {
				defer wg.Done()
				count := 0
				for {
					v, ok := <-in
					if !ok {
						break
					}
					count++
					if v == 1 {
						stopped[i] = true
						break
					}
					out <- v - 1
				}
				hops[i] = count
				close(out)
			}(i, links[i], links[(i+1)%ringSize])
		}
		links[0] <- n
		wg.Wait()
		for i, s := range stopped {
			if s {
				stopper = i
			}
		}
	})
	total := 0
	for _, h := range hops {
		total += h
	}
	if total != n {
		panic(fmt.Sprintf("ring: %d hops, want %d", total, n))
	}
	if want := (n - 1) % ringSize; stopper != want {
		panic(fmt.Sprintf("ring: stopped at goroutine %d, want %d", stopper, want))
	}
	emit("ring", "ring of 100", "chan", ns, "ns/op", n)
}
