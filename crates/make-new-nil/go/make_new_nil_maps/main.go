// A nil map can be read, measured, ranged over and deleted from, but a
// write to it panics: a map must be made before it is filled.
package main

import "fmt"

func main() {
	// ANCHOR: nil_read
	// nil: there is no map yet
	var counts map[string]int
	fmt.Println("nil?", counts == nil,
		"len", len(counts), "go:", counts["go"])
	// deleting from a nil map does nothing
	delete(counts, "go")
	// ANCHOR_END: nil_read

	// ANCHOR: nil_write
	func() {
		defer func() {
			fmt.Println("panic:", recover())
		}()
		counts["go"]++
	}()
	// ANCHOR_END: nil_write

	// ANCHOR: make
	counts = make(map[string]int)
	counts["go"]++
	// room for 100 entries; len is still 0
	sized := make(map[string]int, 100)
	fmt.Println("counts:", counts,
		"len(sized):", len(sized))
	// ANCHOR_END: make
}
