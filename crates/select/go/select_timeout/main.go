// select with default (never blocks) and with time.After (a timeout).
package main

import (
	"fmt"
	"time"
)

func main() {
	// ANCHOR: default
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready: default runs at once")
	}
	// ANCHOR_END: default

	// ANCHOR: timeout
	ch <- 1
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}

	silent := make(chan int) // nobody ever sends on it
	select {
	case v := <-silent:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out after 20ms")
	}
	// ANCHOR_END: timeout
}
