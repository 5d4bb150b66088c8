// Bridge: a channel of channels read as one channel.
package main

import "fmt"

// ANCHOR: bridge
func bridge(done <-chan struct{}, streams <-chan (<-chan int)) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			var stream <-chan int
			select {
			case s, ok := <-streams:
				if !ok {
					return
				}
				stream = s
			case <-done:
				return
			}
			for v := range stream {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// ANCHOR_END: bridge

func main() {
	// ANCHOR: main
	streams := make(chan (<-chan int))
	go func() {
		defer close(streams)
		for i := 0; i < 3; i++ {
			stream := make(chan int, 2)
			stream <- 2*i + 1
			stream <- 2*i + 2
			close(stream)
			streams <- stream
		}
	}()
	done := make(chan struct{})
	defer close(done)
	var values []int
	for v := range bridge(done, streams) {
		values = append(values, v)
	}
	fmt.Println(values)
	// ANCHOR_END: main
}
