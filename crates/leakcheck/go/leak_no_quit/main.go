// A worker without a quit signal runs forever.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
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

// ANCHOR: leaky
// startPoller polls every millisecond, forever: nothing can stop it.
func startPoller(polls *int64) {
	go func() {
		for {
			atomic.AddInt64(polls, 1)
			time.Sleep(time.Millisecond)
		}
	}()
}

// ANCHOR_END: leaky

// ANCHOR: fixed
// startPollerWithQuit stops when quit is closed.
func startPollerWithQuit(polls *int64, quit <-chan struct{}) {
	go func() {
		ticker := time.NewTicker(time.Millisecond)
		defer ticker.Stop()
		for {
			select {
			case <-quit:
				return
			case <-ticker.C:
				atomic.AddInt64(polls, 1)
			}
		}
	}()
}

// ANCHOR_END: fixed

func main() {
	var polls int64
	base := runtime.NumGoroutine()
	startPoller(&polls)
	fmt.Println("leaky: left behind:", settle(base))

	base = runtime.NumGoroutine()
	quit := make(chan struct{})
	startPollerWithQuit(&polls, quit)
	close(quit)
	fmt.Println("fixed: left behind:", settle(base))
}
