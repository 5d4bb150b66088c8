// A map lookup never fails in Go: a missing key reads as the zero value,
// and the comma-ok form says whether the key was there.
package main

import (
	"fmt"
	"strings"
)

func main() {
	// ANCHOR: lookup
	ages := map[string]int{"ann": 31, "bo": 0}
	// a missing key reads as 0, like bo's real 0
	fmt.Println("ann:", ages["ann"], "bo:", ages["bo"],
		"cy:", ages["cy"])
	if age, ok := ages["bo"]; ok {
		fmt.Println("bo is there:", age)
	}
	if _, ok := ages["cy"]; !ok {
		fmt.Println("cy is missing")
	}
	// ANCHOR_END: lookup

	// ANCHOR: count
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat and the hat") {
		// a missing word starts at the zero value 0
		counts[w]++
	}
	fmt.Println(counts)
	// ANCHOR_END: count

	// ANCHOR: group
	byLen := map[int][]string{}
	words := strings.Fields("go is a fun language to use")
	for _, w := range words {
		// append to a missing key's nil slice works
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	// ANCHOR_END: group
}
