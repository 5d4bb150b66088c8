// Command bench is the Go worker of the Go-versus-Rust benchmark (see
// crates/bench). Invoked as `bench FAMILY N`, it runs every case of FAMILY
// once at size N and prints one JSON line per (case, impl) on stdout.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// family is one group of benchmark cases.
type family struct {
	name string
	// check reports why n is not a valid size for this family, or nil.
	check func(n int) error
	// run runs every case of the family once at size n and prints the results.
	run func(n int)
}

// families lists the families in the order shown by the usage message.
var families = []family{
	{"channels", multipleOf(4), runChannels},
	{"spawn", positive, runSpawn},
	{"skynet", powerOfTen, runSkynet},
	{"ring", positive, runRing},
	{"maps", positive, runMaps},
	{"once", positive, runOnce},
	{"cond", positive, runCond},
	{"semaphore", multipleOf(8), runSemaphore},
	{"memory", positive, runMemory},
}

func main() {
	if len(os.Args) != 3 {
		usage("expected 2 arguments, got %d", len(os.Args)-1)
	}
	name, arg := os.Args[1], os.Args[2]
	var fam *family
	for i := range families {
		if families[i].name == name {
			fam = &families[i]
		}
	}
	if fam == nil {
		usage("unknown family %q", name)
	}
	n, err := strconv.Atoi(arg)
	if err != nil {
		usage("N must be an integer, got %q", arg)
	}
	if err := fam.check(n); err != nil {
		usage("bad N for %s: %v", name, err)
	}
	fam.run(n)
}

// usage prints an error, the usage and the families on stderr, then exits 2.
func usage(format string, args ...any) {
	names := make([]string, len(families))
	for i, f := range families {
		names[i] = f.name
	}
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	fmt.Fprintf(os.Stderr, "usage: %s FAMILY N\nfamilies: %s\n",
		os.Args[0], strings.Join(names, ", "))
	os.Exit(2)
}

func positive(n int) error {
	if n < 1 {
		return fmt.Errorf("N must be at least 1, got %d", n)
	}
	return nil
}

func multipleOf(k int) func(int) error {
	return func(n int) error {
		if n < 1 || n%k != 0 {
			return fmt.Errorf("N must be a positive multiple of %d, got %d", k, n)
		}
		return nil
	}
}

func powerOfTen(n int) error {
	m := n
	for m > 1 && m%10 == 0 {
		m /= 10
	}
	if n < 1 || m != 1 {
		return fmt.Errorf("N must be a power of 10, got %d", n)
	}
	return nil
}

// result is one output line; the field order is the key order of the protocol.
type result struct {
	Family string    `json:"family"`
	Case   string    `json:"case"`
	Impl   string    `json:"impl"`
	Value  jsonFloat `json:"value"`
	Unit   string    `json:"unit"`
	Ops    int       `json:"ops"`
}

// jsonFloat is a float64 that is always written with a decimal point
// (100 is written as 100.0), so that readers see a float.
type jsonFloat float64

func (f jsonFloat) MarshalJSON() ([]byte, error) {
	b := strconv.AppendFloat(nil, float64(f), 'f', -1, 64)
	if !strings.ContainsAny(string(b), ".eEnN") {
		b = append(b, ".0"...)
	}
	return b, nil
}

// emit prints one result line on stdout.
func emit(fam, cas, impl string, value float64, unit string, ops int) {
	line, err := json.Marshal(result{fam, cas, impl, jsonFloat(value), unit, ops})
	if err != nil {
		panic(err)
	}
	if _, err := fmt.Printf("%s\n", line); err != nil {
		panic(err)
	}
}

// measure runs body once and returns its wall time in nanoseconds divided
// by ops. A garbage collection first keeps the previous case's garbage out
// of the timed part.
func measure(ops int, body func()) float64 {
	runtime.GC()
	start := time.Now()
	body()
	elapsed := time.Since(start)
	return float64(elapsed.Nanoseconds()) / float64(ops)
}

// expectSum panics unless got is 0+1+...+(n-1).
func expectSum(what string, got, n int) {
	if want := n * (n - 1) / 2; got != want {
		panic(fmt.Sprintf("%s: sum is %d, want %d", what, got, want))
	}
}
