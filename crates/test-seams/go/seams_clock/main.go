// The Go seam: the code calls time.Now through a package-level variable,
// and a test assigns a fake to it and puts the real one back. main does
// here what a _test.go file would do.
package main

import (
	"fmt"
	"time"
)

// ANCHOR: seam
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

// ANCHOR_END: seam

func at(hour, minute int) time.Time {
	return time.Date(2024, time.January, 1, hour, minute, 0, 0, time.UTC)
}

// ANCHOR: test
// What a test does: swap the clock, check, put the real one back.
func greetingAt(t time.Time) string {
	old := timeNow
	timeNow = func() time.Time { return t }
	defer func() { timeNow = old }()
	return greeting()
}

// ANCHOR_END: test

func main() {
	for _, t := range []time.Time{at(9, 30), at(15, 0), at(20, 0)} {
		fmt.Printf("%s %s\n", t.Format("15:04"), greetingAt(t))
	}
	fmt.Println("real clock again:", timeNow().Year() > 2024)
}
