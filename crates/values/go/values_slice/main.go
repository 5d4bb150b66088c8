// A slice is a small header (a pointer to an array, a length, a capacity),
// and Go passes the header by value: writes to the elements reach the
// caller's array, but an append changes only the function's own header.
package main

import "fmt"

// ANCHOR: functions
func double(s []int) {
	for i := range s {
		s[i] *= 2 // writes the array that the caller's slice points to
	}
}

func appendFour(s []int) {
	s = append(s, 4) // changes this function's copy of the header
	fmt.Println("inside the append:", s)
}

func withFour(s []int) []int {
	return append(s, 4) // the caller keeps the new header: s = withFour(s)
}

// ANCHOR_END: functions

// ANCHOR: range_copy
func tenfoldCopies(s []int) {
	for _, v := range s {
		v *= 10 // v is a copy of the element: the change is lost
	}
}

func tenfold(s []int) {
	for i := range s {
		s[i] *= 10
	}
}

// ANCHOR_END: range_copy

func main() {
	// ANCHOR: main
	s := []int{1, 2, 3}
	double(s)
	fmt.Println("after double:", s)
	appendFour(s)
	fmt.Println("after the append:", s, "len", len(s))
	s = withFour(s)
	fmt.Println("after an append the caller keeps:", s, "len", len(s))
	// ANCHOR_END: main

	// ANCHOR: main_range
	tenfoldCopies(s)
	fmt.Println("after tenfold on copies:", s)
	tenfold(s)
	fmt.Println("after tenfold:", s)
	// ANCHOR_END: main_range
}
