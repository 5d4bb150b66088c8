// A nil slice and an empty slice both have length 0 and both take an
// append; only a comparison with nil (and reflect.DeepEqual) tells them
// apart. make's second argument is a length, not a capacity.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	// ANCHOR: nil_slice
	// nil: no array at all
	var s []int
	// empty, not nil
	e := []int{}
	fmt.Println("s == nil:", s == nil,
		"len", len(s), "cap", cap(s))
	fmt.Println("e == nil:", e == nil,
		"len", len(e), "cap", cap(e))
	fmt.Println("equal:", reflect.DeepEqual(s, e))
	// append allocates the array
	s = append(s, 1)
	fmt.Println("after append:", s)
	// ANCHOR_END: nil_slice

	// ANCHOR: make_len
	// meant: room for 3 ids
	ids := make([]int, 3)
	for id := 1; id <= 3; id++ {
		ids = append(ids, id)
	}
	fmt.Println("make([]int, 3):", ids)
	// ANCHOR_END: make_len

	// ANCHOR: make_cap
	ids = make([]int, 0, 3)
	for id := 1; id <= 3; id++ {
		ids = append(ids, id)
	}
	fmt.Println("make([]int, 0, 3):", ids,
		"len", len(ids), "cap", cap(ids))
	// ANCHOR_END: make_cap
}
