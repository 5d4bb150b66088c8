// Deleting from a slice with append: the result shares the array with the
// original, which now shows the shifted elements and a duplicate last one.
package main

import "fmt"

func main() {
	// ANCHOR: alias
	s := []int{10, 20, 30, 40, 50}
	// delete s[2]: move s[3:] one slot left
	t := append(s[:2], s[3:]...)
	fmt.Println("t:", t, "len", len(t))
	// s has its old length, on the same array
	fmt.Println("s:", s, "len", len(s))
	// ANCHOR_END: alias

	// ANCHOR: ordered
	v := []int{10, 20, 30, 40, 50}
	removed := v[2]
	v = append(v[:2], v[3:]...)
	fmt.Println("removed", removed, "left", v)
	// ANCHOR_END: ordered

	// ANCHOR: unordered
	w := []int{10, 20, 30, 40, 50}
	removed = w[1]
	// the last element fills the hole
	w[1] = w[len(w)-1]
	w = w[:len(w)-1]
	fmt.Println("removed", removed, "left", w)
	// ANCHOR_END: unordered
}
