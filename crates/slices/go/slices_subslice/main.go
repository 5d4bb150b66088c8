// An append on a sub-slice that has room writes into the parent's array,
// over the element that follows it; a full slice expression caps the
// sub-slice so that the append copies instead.
package main

import "fmt"

func main() {
	// ANCHOR: overwrite
	s := []int{1, 2, 3, 4}
	head := s[:2]
	// head has room (cap 4): this writes s[2]
	head = append(head, 99)
	fmt.Println("head:", head, "s:", s)
	// ANCHOR_END: overwrite

	// ANCHOR: capped
	s = []int{1, 2, 3, 4}
	// s[low:high:max]: cap(capped) is 2
	capped := s[:2:2]
	// no room: append copies to a new array
	capped = append(capped, 99)
	fmt.Println("head:", capped, "s:", s)
	// ANCHOR_END: capped
}
