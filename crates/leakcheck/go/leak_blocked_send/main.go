// A sender blocked forever on an unbuffered channel that nobody reads.
package main

import (
	"errors"
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

// ANCHOR: leaky
// lookup starts the slow part at once, but returns early on a bad key: then
// nobody ever receives from result, and the goroutine's send blocks forever.
func lookup(key string) (string, error) {
	result := make(chan string) // unbuffered
	go func() {
		result <- "value of " + key
	}()
	if key == "" {
		return "", errors.New("empty key")
	}
	return <-result, nil
}

// ANCHOR_END: leaky

// ANCHOR: fixed
// lookupFixed gives the one send room to complete: nobody has to receive.
func lookupFixed(key string) (string, error) {
	result := make(chan string, 1)
	go func() {
		result <- "value of " + key
	}()
	if key == "" {
		return "", errors.New("empty key")
	}
	return <-result, nil
}

// ANCHOR_END: fixed

func main() {
	base := runtime.NumGoroutine()
	_, err := lookup("")
	fmt.Printf("leaky: error %q, left behind: %d\n", err, settle(base))

	base = runtime.NumGoroutine()
	_, err = lookupFixed("")
	fmt.Printf("fixed: error %q, left behind: %d\n", err, settle(base))
}
