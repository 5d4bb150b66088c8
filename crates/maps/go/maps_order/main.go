// output: nondeterministic (Go randomises where each range over a map starts)
//
// Ranging over a map visits its keys in no fixed order, and Go changes
// the order from one loop to the next; sort the keys for a fixed order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	// ANCHOR: random
	m := map[string]int{
		"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6,
	}
	for run := 1; run <= 3; run++ {
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		visits := strings.Join(keys, " ")
		fmt.Println("loop", run, "visits", visits)
	}
	// ANCHOR_END: random

	// ANCHOR: sorted
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("sorted:", strings.Join(keys, " "))
	// ANCHOR_END: sorted
}
