// escape_gcflags runs the compiler's escape analysis on the package shapes
// (`go build -gcflags=-m`) and prints, for each function, whether something
// in it is moved to the heap or everything stays on the stack.
package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// ANCHOR: run
func main() {
	const file = "shapes/shapes.go"
	out, err := exec.Command("go", "build", "-gcflags=-m", "-o", os.DevNull, file).CombinedOutput()
	if err != nil {
		fmt.Println("go build failed:", err, string(out))
		return
	}
	funcs, starts := functions(file)
	heap := map[string]bool{}
	scanner := bufio.NewScanner(strings.NewReader(string(out)))
	for scanner.Scan() {
		// A line is "shapes/shapes.go:LINE:COL: message".
		parts := strings.SplitN(scanner.Text(), ":", 4)
		if len(parts) < 4 || parts[0] != file {
			continue
		}
		msg := parts[3]
		if !strings.Contains(msg, "moved to heap:") && !strings.Contains(msg, "escapes to heap") {
			continue
		}
		line, _ := strconv.Atoi(parts[1])
		for i := len(starts) - 1; i >= 0; i-- {
			if starts[i] <= line {
				heap[funcs[i]] = true
				break
			}
		}
	}
	for _, name := range funcs {
		where := "stack"
		if heap[name] {
			where = "heap"
		}
		fmt.Printf("%s: %s\n", name, where)
	}
}

// ANCHOR_END: run

// functions lists the functions of a Go file with the line each starts on.
func functions(file string) ([]string, []int) {
	text, err := os.ReadFile(file)
	if err != nil {
		return nil, nil
	}
	var names []string
	var starts []int
	for i, line := range strings.Split(string(text), "\n") {
		if strings.HasPrefix(line, "func ") {
			rest := strings.TrimPrefix(line, "func ")
			names = append(names, rest[:strings.Index(rest, "(")])
			starts = append(starts, i+1)
		}
	}
	return names, starts
}
