// container/ring: a circular list of n elements with no beginning and no
// end. Move turns it, Do visits every element once, and a ring of n slots
// keeps the last n values: each write goes over the oldest.
package main

import (
	"container/ring"
	"fmt"
)

// values collects the ring's values with Do, from r on.
func values(r *ring.Ring) []any {
	var out []any
	r.Do(func(v any) { out = append(out, v) })
	return out
}

func main() {
	// ANCHOR: ring
	r := ring.New(5)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	fmt.Println("ring:", values(r))
	r = r.Move(2)
	fmt.Println("after Move(2):", values(r))
	// ANCHOR_END: ring

	// ANCHOR: last_lines
	// the last 3 log lines: r is always the oldest slot
	last := ring.New(3)
	for _, line := range []string{"boot", "listen"} {
		last.Value = line
		last = last.Next()
	}
	fmt.Println("2 lines:", values(last))
	for _, line := range []string{"accept", "close"} {
		last.Value = line
		last = last.Next()
	}
	fmt.Println("4 lines:", values(last))
	// ANCHOR_END: last_lines
}
