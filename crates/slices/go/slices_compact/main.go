// Compacting, cutting and splitting a slice by hand, as Go 1.19 has no
// slices package.
package main

import "fmt"

func main() {
	// ANCHOR: compact
	s := []int{1, 1, 2, 2, 2, 1, 3, 3}
	// keep a value unless it equals the one kept before it
	compact := s[:1]
	for _, v := range s[1:] {
		if v != compact[len(compact)-1] {
			compact = append(compact, v)
		}
	}
	fmt.Println("consecutive duplicates removed:", compact)
	// ANCHOR_END: compact

	// ANCHOR: first_seen
	s = []int{1, 1, 2, 2, 2, 1, 3, 3}
	seen := map[int]bool{}
	firsts := s[:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			firsts = append(firsts, v)
		}
	}
	fmt.Println("first occurrences:", firsts)
	// ANCHOR_END: first_seen

	// ANCHOR: by_key
	temps := []int{21, 23, 34, 38, 31, 12}
	// one reading per run of the same tens
	runs := temps[:1]
	for _, t := range temps[1:] {
		if t/10 != runs[len(runs)-1]/10 {
			runs = append(runs, t)
		}
	}
	fmt.Println("one per run of tens:", runs)
	// ANCHOR_END: by_key

	// ANCHOR: cut
	r := []int{0, 1, 2, 3, 4, 5, 6}
	// delete r[1:3], keeping a copy of what goes
	cut := append([]int(nil), r[1:3]...)
	r = append(r[:1], r[3:]...)
	fmt.Println("cut", cut, "left", r)
	// ANCHOR_END: cut

	// ANCHOR: truncate
	// keep the first 3
	r = r[:3]
	fmt.Println("truncated:", r)
	// ANCHOR_END: truncate

	// ANCHOR: split
	q := []int{1, 2, 3, 4, 5}
	// copy the tail, then cut it off
	tail := append([]int(nil), q[2:]...)
	q = q[:2]
	fmt.Println("kept", q, "split off", tail)
	// ANCHOR_END: split
}
