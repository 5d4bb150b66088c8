// A defined type has the underlying type's fields and operators but none of
// its methods: `type Timeout time.Duration` loses Duration's String method,
// and fmt prints the bare nanoseconds. An alias, `type Wait = time.Duration`,
// is the same type under a second name and keeps every method.
package main

import (
	"fmt"
	"reflect"
	"time"
)

// ANCHOR: types
// Timeout is a new type: no methods of time.Duration.
type Timeout time.Duration

// Wait is another name for time.Duration itself.
type Wait = time.Duration

// ANCHOR_END: types

// ANCHOR: local_method
// Deadline is a new type too, and gets a String
// method of its own.
type Deadline time.Duration

func (d Deadline) String() string {
	return "in " + time.Duration(d).String()
}

// ANCHOR_END: local_method

func main() {
	// ANCHOR: main
	d := 1500 * time.Millisecond
	fmt.Println("time.Duration:", d)
	fmt.Println("Timeout:", Timeout(d))
	fmt.Println("Wait:", Wait(d))
	fmt.Println("Deadline:", Deadline(d))
	// ANCHOR_END: main

	// ANCHOR: same_type
	duration := reflect.TypeOf(d)
	fmt.Println("Wait is time.Duration:",
		reflect.TypeOf(Wait(d)) == duration)
	fmt.Println("Timeout is time.Duration:",
		reflect.TypeOf(Timeout(d)) == duration)
	// ANCHOR_END: same_type
}
