// The pitfalls of a package-level seam: two tests that run at once share
// it, and a test that does not put the real function back leaves its fake
// to the tests after it. Channels force the interleaving that t.Parallel()
// makes possible, so that the output is the same on every run.
package main

import (
	"fmt"
	"time"
)

var timeNow = time.Now

func greeting() string {
	switch hour := timeNow().UTC().Hour(); {
	case hour < 12:
		return "good morning"
	case hour < 18:
		return "good afternoon"
	default:
		return "good evening"
	}
}

func at(hour int) func() time.Time {
	return func() time.Time { return time.Date(2024, time.January, 1, hour, 0, 0, 0, time.UTC) }
}

// ANCHOR: parallel
func main() {
	swapped := make(chan struct{})
	evening := make(chan struct{})
	done := make(chan string)
	go func() { // the morning test
		old := timeNow
		timeNow = at(9)
		swapped <- struct{}{}
		<-evening // the evening test swaps in between
		got := greeting()
		timeNow = old
		done <- got
	}()
	go func() { // the evening test, with t.Parallel()
		<-swapped
		timeNow = at(20)
		evening <- struct{}{}
	}()
	fmt.Println("the morning test, beside the evening test:", <-done)
	// ANCHOR_END: parallel
	// ANCHOR: forgot
	timeNow = at(20) // a test that swaps and never restores
	fmt.Println("the next test, on the real clock (it thinks):", greeting())
	// ANCHOR_END: forgot
}
