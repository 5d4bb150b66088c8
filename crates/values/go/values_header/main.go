// Copies of a slice header share one array until an append outgrows it: a
// write through one copy shows through the others, two appends can fill the
// same slot, and a pointer into the old array keeps it alive after the slice
// has moved to a new one.
package main

import "fmt"

func main() {
	// ANCHOR: shared
	s := make([]int, 3, 4) // [0 0 0], with room for one more
	t := append(s, 4)      // it fits: t is a new header on s's array
	t[0] = 100             // so this writes s[0] too
	fmt.Println("s:", s, "len", len(s), "cap", cap(s))
	fmt.Println("t:", t, "len", len(t), "cap", cap(t))
	// ANCHOR_END: shared

	// ANCHOR: two_appends
	u := append(s, 5) // it fits too: into the slot that holds t[3]
	fmt.Println("t:", t, "u:", u)
	// ANCHOR_END: two_appends

	// ANCHOR: stale_pointer
	first := &s[0]
	s = append(s, 6, 7) // no room: a new array, and s moves to it
	s[0] = 1
	fmt.Println("s[0]:", s[0], "*first:", *first) // first points into the old array
	// ANCHOR_END: stale_pointer
}
