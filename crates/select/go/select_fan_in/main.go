// Fan-out to three workers reading one channel, fan-in of their outputs.
package main

import (
	"fmt"
	"sync"
)

func generator(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

// ANCHOR: fan_in
func fanIn(done <-chan struct{}, inputs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func(in <-chan int) {
			defer wg.Done()
			for v := range in {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}(in)
	}
	go func() { wg.Wait(); close(out) }() // close once every forwarder is done
	return out
}

// ANCHOR_END: fan_in

func main() {
	// ANCHOR: main
	done := make(chan struct{})
	defer close(done)
	numbers := generator(done, 10)
	workers := make([]<-chan int, 3) // fan-out: three squarers on one channel
	for i := range workers {
		workers[i] = square(done, numbers)
	}
	sum := 0
	for v := range fanIn(done, workers...) {
		sum += v
	}
	fmt.Println("sum of the squares of 1..10:", sum)
	// ANCHOR_END: main
}
