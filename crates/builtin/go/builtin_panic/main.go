// panic unwinds the goroutine's stack, running deferred calls; a deferred
// call to recover stops it and returns the panic's value.
package main

import (
	"errors"
	"fmt"
)

// ANCHOR: pop
func pop(stack []int) ([]int, int) {
	if len(stack) == 0 {
		panic("pop from an empty stack")
	}
	last := len(stack) - 1
	return stack[:last], stack[last]
}

// ANCHOR_END: pop

// ANCHOR: safely
// safely turns a panic in f into an error.
func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

// ANCHOR_END: safely

// ANCHOR: pop_checked
// popChecked is what Go code should write instead.
func popChecked(stack []int) ([]int, int, error) {
	if len(stack) == 0 {
		return stack, 0, errors.New("empty stack")
	}
	last := len(stack) - 1
	return stack[:last], stack[last], nil
}

// ANCHOR_END: pop_checked

func main() {
	// ANCHOR: main
	err := safely(func() {
		stack, top := pop([]int{7})
		fmt.Println("popped", top)
		pop(stack)
	})
	fmt.Println("error:", err)
	fmt.Println("no panic:", safely(func() {}) == nil)

	_, _, err = popChecked(nil)
	fmt.Println("checked:", err)
	// ANCHOR_END: main
}
