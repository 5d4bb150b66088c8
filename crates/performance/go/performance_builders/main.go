// output: not compared (the counts are the Go runtime's allocations; the Rust port prints Rust's, which differ)
//
// Four ways to build one string from many parts, and what each allocates.
package main

import (
	"fmt"
	"strings"
	"testing"
)

var sink string

// ANCHOR: builders
// plus makes a new string for every +=: each one copies everything so far.
func plus(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p + ","
	}
	return s
}

// sprintf formats a new string for every part, as plus does.
func sprintf(parts []string) string {
	s := ""
	for _, p := range parts {
		s = fmt.Sprintf("%s%s,", s, p)
	}
	return s
}

// builder appends into one growing buffer.
func builder(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p)
		b.WriteByte(',')
	}
	return b.String()
}

// builderGrow sizes the buffer first: one allocation.
func builderGrow(parts []string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		b.WriteString(p)
		b.WriteByte(',')
	}
	return b.String()
}

// ANCHOR_END: builders

func main() {
	parts := make([]string, 100)
	for i := range parts {
		parts[i] = fmt.Sprintf("part%d", i)
	}
	// ANCHOR: count
	ways := []struct {
		name  string
		build func([]string) string
	}{
		{"s += p", plus},
		{"fmt.Sprintf", sprintf},
		{"strings.Builder", builder},
		{"Builder with Grow", builderGrow},
	}
	for _, w := range ways {
		allocs := testing.AllocsPerRun(100, func() { sink = w.build(parts) })
		fmt.Printf("%-18s %4v allocations for %d parts, %d bytes\n", w.name, allocs, len(parts), len(w.build(parts)))
	}
	// ANCHOR_END: count
	joined := testing.AllocsPerRun(100, func() { sink = strings.Join(parts, ",") })
	fmt.Printf("%-18s %4v allocation\n", "strings.Join", joined)
}
