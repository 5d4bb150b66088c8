// A ticker in a for-select loop, stopped through a quit channel.
package main

import (
	"fmt"
	"time"
)

// ANCHOR: ticker
func tickLoop(period time.Duration, report chan<- int, quit <-chan struct{}, stopped chan<- struct{}) {
	ticker := time.NewTicker(period)
	defer ticker.Stop() // a ticker that is not stopped is never collected (before Go 1.23)
	defer close(stopped)
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
			select {
			case report <- ticks:
			case <-quit:
				return
			}
		case <-quit:
			return
		}
	}
}

// ANCHOR_END: ticker

func main() {
	// ANCHOR: main
	report := make(chan int)
	quit := make(chan struct{})
	stopped := make(chan struct{})
	go tickLoop(10*time.Millisecond, report, quit, stopped)
	for i := 0; i < 3; i++ {
		fmt.Println("tick", <-report)
	}
	close(quit)
	<-stopped
	fmt.Println("ticker stopped")
	// ANCHOR_END: main
}
