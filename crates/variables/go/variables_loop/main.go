// Before Go 1.22 a `for` loop has one loop variable for the whole loop,
// and every closure or pointer taken in the loop refers to that one
// variable: after the loop they all see its last value. Go 1.22 made the
// variables per-iteration, for modules whose go.mod says `go 1.22` or
// later; this program is built by Go 1.19 and shows the old behaviour.
package main

import "fmt"

// ANCHOR: closures
func callbacks() []func() int {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	return funcs
}

// ANCHOR_END: closures

// ANCHOR: pointers
func pointers(names []string) []*string {
	var ptrs []*string
	for _, name := range names {
		ptrs = append(ptrs, &name)
	}
	return ptrs
}

// ANCHOR_END: pointers

// ANCHOR: fixed
func callbacksFixed() []func() int {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i // a new variable in each iteration
		funcs = append(funcs, func() int { return i })
	}
	return funcs
}

// ANCHOR_END: fixed

func main() {
	// ANCHOR: main
	for _, f := range callbacks() {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- callbacks")
	for _, p := range pointers([]string{"ann", "bo", "cy"}) {
		fmt.Print(*p, " ")
	}
	fmt.Println("<- pointers")
	for _, f := range callbacksFixed() {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- with i := i")
	// ANCHOR_END: main
}
