// A receiver waiting forever on a channel that nobody closes.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// settle waits up to 100ms for the goroutine count to fall back to base and
// returns how many goroutines are left above it.
func settle(base int) int {
	deadline := time.Now().Add(100 * time.Millisecond)
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine() - base
}

// ANCHOR: summer
// startSummer adds up what arrives on the returned channel and sends the
// total on sum once the channel is closed: range ends only on close.
func startSummer() (chan<- int, <-chan int) {
	values := make(chan int)
	sum := make(chan int, 1)
	go func() {
		total := 0
		for v := range values {
			total += v
		}
		sum <- total
	}()
	return values, sum
}

// ANCHOR_END: summer

func main() {
	// ANCHOR: main
	base := runtime.NumGoroutine()
	values, _ := startSummer()
	for _, v := range []int{1, 2, 3} {
		values <- v
	}
	// Forgot close(values): the summer waits for a fourth value forever.
	fmt.Println("leaky: left behind:", settle(base))

	base = runtime.NumGoroutine()
	values, sum := startSummer()
	for _, v := range []int{1, 2, 3} {
		values <- v
	}
	close(values)
	fmt.Println("fixed: sum", <-sum, "left behind:", settle(base))
	// ANCHOR_END: main
}
