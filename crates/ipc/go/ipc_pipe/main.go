// IPC by anonymous pipe: read what a child process writes to its stdout.
package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

// ANCHOR: main
func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	cmd := exec.Command("echo", "hello through a pipe")
	cmd.Stdout = w
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	w.Close() // only the child holds the write end now
	got, err := io.ReadAll(r)
	if err != nil {
		panic(err)
	}
	cmd.Wait()
	fmt.Printf("pipe: got %q from the child\n", strings.TrimRight(string(got), "\n"))
}

// ANCHOR_END: main
