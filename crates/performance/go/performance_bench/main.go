// output: nondeterministic (timings)
//
// testing.Benchmark runs a benchmark function from a main package, as
// `go test -bench . -benchmem` runs the BenchmarkXxx functions of a test file.
package main

import (
	"fmt"
	"strings"
	"testing"
)

var sink string

var parts = strings.Fields(strings.Repeat("gopher ", 200))

// ANCHOR: bench
func BenchmarkPlus(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := ""
		for _, p := range parts {
			s += p
		}
		sink = s
	}
}

func BenchmarkBuilder(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var sb strings.Builder
		for _, p := range parts {
			sb.WriteString(p)
		}
		sink = sb.String()
	}
}

// ANCHOR_END: bench

func main() {
	// ANCHOR: run
	for _, bench := range []struct {
		name string
		f    func(*testing.B)
	}{{"BenchmarkPlus", BenchmarkPlus}, {"BenchmarkBuilder", BenchmarkBuilder}} {
		result := testing.Benchmark(bench.f)
		fmt.Printf("%-18s %s\t%s\n", bench.name, result.String(), result.MemString())
	}
	// ANCHOR_END: run
}
