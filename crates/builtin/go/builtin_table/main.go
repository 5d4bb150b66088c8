// Go's builtins for slices and maps: len, cap, append, copy and delete.
package main

import "fmt"

func main() {
	// ANCHOR: len_cap_append
	s := make([]int, 0, 4)
	s = append(s, 1, 2)
	more := []int{3, 4, 5}
	s = append(s, more...)
	fmt.Println(s, "len", len(s), "cap >= 5:", cap(s) >= 5)
	// len of a string counts bytes
	fmt.Println("len(\"héllo\"):", len("héllo"))
	// ANCHOR_END: len_cap_append

	// ANCHOR: copy
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println("copied", n, "into", dst)
	// ANCHOR_END: copy

	// ANCHOR: remove
	// remove s[1], keeping the order
	s = append(s[:1], s[2:]...)
	fmt.Println("without s[1]:", s)
	// ANCHOR_END: remove

	// ANCHOR: delete
	ages := map[string]int{"ann": 31, "bo": 42}
	delete(ages, "bo")
	// deleting a missing key does nothing
	delete(ages, "cy")
	fmt.Println("ages:", ages, "len", len(ages))
	// ANCHOR_END: delete
}
