// A panic inside once.Do: the Once is done all the same, and never runs again.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func call(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	once.Do(f)
	fmt.Println(name, "returned")
}

func main() {
	// ANCHOR: main
	call("first", func() { panic("config file missing") })
	call("second", func() { fmt.Println("second: loading the config") })
	// Prints "second returned" only: Do's deferred
	// `atomic.StoreUint32(&o.done, 1)` marked the Once done when the first
	// function panicked.
	// ANCHOR_END: main
}
