// IPC by named pipe: a child writes into a FIFO that the parent reads.
package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

// ANCHOR: main
func main() {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("ipc-fifo-go-%d", os.Getpid()))
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		panic(err)
	}
	defer os.Remove(path)
	cmd := exec.Command("sh", "-c", `printf '%s' "$1" > "$2"`, "sh", "hello through a fifo", path)
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	f, err := os.Open(path) // waits until the child opens it for writing
	if err != nil {
		panic(err)
	}
	got, _ := io.ReadAll(f)
	f.Close()
	cmd.Wait()
	fmt.Printf("FIFO: got %q from the child\n", got)
	os.Remove(path)
	_, err = os.Stat(path)
	fmt.Printf("left behind: %v\n", err == nil)
}

// ANCHOR_END: main
