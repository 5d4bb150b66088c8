// A set in Go is a map to the empty struct, which takes no space.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	// ANCHOR: set
	seen := map[string]struct{}{}
	tags := []string{"go", "rust", "go", "c", "rust"}
	for _, tag := range tags {
		if _, dup := seen[tag]; dup {
			fmt.Println("repeat:", tag)
			continue
		}
		seen[tag] = struct{}{}
	}
	_, hasRust := seen["rust"]
	fmt.Println(len(seen), "distinct; has rust:", hasRust)
	fmt.Println(seen)
	// ANCHOR_END: set

	// ANCHOR: size
	fmt.Println("size of struct{}:", unsafe.Sizeof(struct{}{}))
	// ANCHOR_END: size
}
