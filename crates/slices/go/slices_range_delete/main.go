// Deleting while walking forward skips the element that moves into the
// deleted one's place; filtering in place does not.
package main

import "fmt"

func isEven(n int) bool { return n%2 == 0 }

func main() {
	// ANCHOR: skip
	s := []int{1, 2, 2, 3, 4, 4, 5}
	for i := 0; i < len(s); i++ {
		if isEven(s[i]) {
			// s[i+1] moves to i, and i++ skips it
			s = append(s[:i], s[i+1:]...)
		}
	}
	fmt.Println("deleted while walking:", s)
	// ANCHOR_END: skip

	// ANCHOR: filter
	s = []int{1, 2, 2, 3, 4, 4, 5}
	// kept shares s's array, and writes behind the reads
	kept := s[:0]
	for _, v := range s {
		if !isEven(v) {
			kept = append(kept, v)
		}
	}
	fmt.Println("filtered in place:", kept)
	// ANCHOR_END: filter
}
