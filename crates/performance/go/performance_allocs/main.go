// output: not compared (the counts are the Go runtime's allocations; the Rust port prints Rust's, which differ)
//
// testing.AllocsPerRun counts the heap allocations of one call, averaged
// over many runs: what `go test -benchmem` reports as allocs/op. It can be
// called from a main package.
package main

import (
	"fmt"
	"testing"
)

// sink keeps each result alive, so that the compiler cannot keep it on the
// stack (escape analysis would otherwise remove the allocation).
var sink []int

// ANCHOR: grow
// grow appends to a nil slice: append reallocates each time the capacity runs out.
func grow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

// preallocated makes the slice with its final capacity first.
func preallocated(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

// ANCHOR_END: grow

func main() {
	// ANCHOR: count
	for _, n := range []int{10, 1000} {
		growing := testing.AllocsPerRun(100, func() { sink = grow(n) })
		made := testing.AllocsPerRun(100, func() { sink = preallocated(n) })
		fmt.Printf("%d values: append to nil: %v allocations, make with cap: %v\n", n, growing, made)
	}
	// ANCHOR_END: count
	var caps []int
	var s []int
	for i := 0; i < 2000; i++ {
		before := cap(s)
		s = append(s, i)
		if cap(s) != before {
			caps = append(caps, cap(s))
		}
	}
	fmt.Println("capacities append went through:", caps)
}
