// Unguarded concurrent map writes: the Go runtime kills the program with
// "fatal error: concurrent map writes", which recover() cannot catch. The
// program runs the crash in a child process (itself, with CRASH_CHILD=1) and
// reports it. The runtime's check is best-effort: it sees the race only when
// two writers overlap, which on a busy machine may not happen in one run, so
// the program tries up to ten children.
// output: nondeterministic (the runtime's check is best-effort: it usually, not always, notices)
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"sync"
)

// ANCHOR: unguarded
func unguarded() {
	counts := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for key := 0; key < 1000000; key++ {
				counts[key%1000]++ // four writers, no lock: compiles, then crashes
			}
		}()
	}
	wg.Wait()
	fmt.Println("no crash this time:", len(counts))
}

// ANCHOR_END: unguarded

func main() {
	if os.Getenv("CRASH_CHILD") == "1" {
		unguarded()
		return
	}
	// ANCHOR: main
	for attempt := 1; attempt <= 10; attempt++ {
		child := exec.Command(os.Args[0])
		child.Env = append(os.Environ(), "CRASH_CHILD=1")
		out, err := child.CombinedOutput()
		if err != nil && bytes.Contains(out, []byte("fatal error: concurrent map writes")) {
			fmt.Println("unguarded: the child crashed with \"fatal error: concurrent map writes\"")
			return
		}
	}
	fmt.Println("unguarded: the runtime did not notice in ten runs")
	// ANCHOR_END: main
}
