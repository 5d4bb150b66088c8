// output: nondeterministic (depends on the machine's CPUs and the GOMAXPROCS variable)

// How many CPUs this process may use, and how many Ps Go runs goroutines on.
package main

import (
	"fmt"
	"runtime"
)

// ANCHOR: main
func main() {
	fmt.Printf("available parallelism (Go's NumCPU): %d\n", runtime.NumCPU())
	// GOMAXPROCS(0) reads the setting without changing it.
	fmt.Printf("workers (GOMAXPROCS): %d\n", runtime.GOMAXPROCS(0))
}

// ANCHOR_END: main
