// A pipeline: an endless generator, a squaring stage, and a done channel
// that stops both.
package main

import (
	"fmt"
	"sync"
)

// ANCHOR: stages
func generator(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v * v:
				case <-done:
					return
				}
			case <-done:
				return
			}
		}
	}()
	return out
}

// ANCHOR_END: stages

func main() {
	// ANCHOR: main
	var wg sync.WaitGroup
	done := make(chan struct{})
	squares := square(done, generator(done, &wg), &wg)
	for i := 0; i < 5; i++ {
		fmt.Println(<-squares)
	}
	close(done) // cancel: every stage returns, even one blocked on a send
	wg.Wait()
	fmt.Println("every stage stopped")
	// ANCHOR_END: main
}
