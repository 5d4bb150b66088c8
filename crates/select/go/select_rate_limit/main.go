// Rate limiting with a ticker: one request per tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	// ANCHOR: main
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.NewTicker(20 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for req := range requests {
		<-limiter.C // wait for the next tick: at most one request per 20ms
		fmt.Println("request", req)
	}
	if time.Since(start) >= 100*time.Millisecond {
		fmt.Println("5 requests took at least 100ms")
	}
	// ANCHOR_END: main
}
