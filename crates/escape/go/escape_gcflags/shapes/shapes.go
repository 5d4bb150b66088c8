// Package shapes holds the functions whose escape analysis escape_gcflags
// prints: `go build -gcflags=-m` says, for each, what stays on the stack
// and what moves to the heap.
package shapes

// ANCHOR: point
// Point is a small value type.
type Point struct{ X, Y int }

// NewPoint returns a Point by value: it is copied out, nothing escapes.
func NewPoint() Point {
	p := Point{1, 2}
	return p
}

// NewPointPtr returns a pointer to a local: the local outlives the call,
// so the compiler moves it to the heap.
func NewPointPtr() *Point {
	p := Point{1, 2}
	return &p
}

// ANCHOR_END: point

// ANCHOR: slices
// SumFixed makes a slice of a constant size that never leaves the
// function: it stays on the stack.
func SumFixed() int {
	s := make([]int, 8)
	total := 0
	for i := range s {
		s[i] = i
		total += s[i]
	}
	return total
}

// SumSized makes a slice whose size is known only at run time: it goes to
// the heap, even though it never leaves the function.
func SumSized(n int) int {
	s := make([]int, n)
	total := 0
	for i := range s {
		s[i] = i
		total += s[i]
	}
	return total
}

// ANCHOR_END: slices

// ANCHOR: closure
// Counter returns a closure over a local: both the closure and the
// variable it captures move to the heap.
func Counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

// ANCHOR_END: closure
