// A Go closure captures variables, not values: it sees every later change
// of a variable it captured, and what it changes, its creator sees too.
// Each call of a closure factory makes new variables, so two counters made
// by it are independent.
package main

import "fmt"

// ANCHOR: counter
func newCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// ANCHOR_END: counter

func main() {
	// ANCHOR: by_reference
	x := 1
	read := func() int { return x }
	x = 2
	fmt.Println("the closure reads:", read())
	total := 0
	add := func(n int) { total += n }
	add(5)
	add(7)
	fmt.Println("total:", total)
	// ANCHOR_END: by_reference

	// ANCHOR: main_counter
	a, b := newCounter(), newCounter()
	a()
	a()
	fmt.Println("a:", a(), "b:", b())
	// ANCHOR_END: main_counter
}
