// output: nondeterministic (gctrace's times, sizes and percentages change from run to run)

// gc_trace runs itself again with GODEBUG=gctrace=1 and prints the first
// three lines the runtime writes to standard error, one per collection,
// without their timing fields.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// ANCHOR: work
var keep [][]byte

// work allocates 64 MiB in 64 KiB pieces, keeping the last 1 MiB alive, and
// then asks for three collections with runtime.GC, so that the trace has at
// least three lines however few collections the allocations started.
func work() {
	for i := 0; i < 1024; i++ {
		piece := make([]byte, 64<<10)
		keep = append(keep, piece)
		if len(keep) > 16 {
			keep = keep[1:]
		}
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
}

// ANCHOR_END: work

// ANCHOR: trace
func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		work()
		return
	}
	child := exec.Command(os.Args[0], "child")
	child.Env = append(os.Environ(), "GODEBUG=gctrace=1", "GOGC=100", "GOMAXPROCS=2")
	var stderr bytes.Buffer
	child.Stderr = &stderr
	if err := child.Run(); err != nil {
		fmt.Println("child failed:", err)
		return
	}
	lines := 0
	scanner := bufio.NewScanner(&stderr)
	for scanner.Scan() && lines < 3 {
		if strings.HasPrefix(scanner.Text(), "gc ") {
			fmt.Println(withoutTimes(scanner.Text()))
			lines++
		}
	}
}

// withoutTimes drops the two timing fields of a gctrace line ("... ms clock"
// and "... ms cpu"), whose number formats change from run to run, and the
// "(forced)" mark of a collection that runtime.GC asked for, and keeps the
// rest as the runtime wrote it.
func withoutTimes(line string) string {
	line = strings.TrimSuffix(line, " (forced)")
	head, rest, found := strings.Cut(line, ": ")
	if !found {
		return line
	}
	var kept []string
	for _, field := range strings.Split(rest, ", ") {
		if !strings.HasSuffix(field, " ms clock") && !strings.HasSuffix(field, " ms cpu") {
			kept = append(kept, field)
		}
	}
	return head + ": " + strings.Join(kept, ", ")
}

// ANCHOR_END: trace
