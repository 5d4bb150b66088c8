// IPC by Unix domain socket: a child (this program, started again) connects,
// writes a message, and reads the answer.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
)

const message = "hello over a unix socket"

// ANCHOR: child
func child(path string) {
	conn, err := net.Dial("unix", path)
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	io.WriteString(conn, message)
	conn.(*net.UnixConn).CloseWrite()
	answer, _ := io.ReadAll(conn)
	if string(answer) != "thanks" {
		panic("unexpected answer " + string(answer))
	}
}

// ANCHOR_END: child

// ANCHOR: main
func main() {
	if path := os.Getenv("IPC_CHILD"); path != "" {
		child(path)
		return
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("ipc-sock-go-%d", os.Getpid()))
	ln, err := net.Listen("unix", path) // Close removes the socket file
	if err != nil {
		panic(err)
	}
	self, err := os.Executable()
	if err != nil {
		panic(err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), "IPC_CHILD="+path)
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	conn, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	got, _ := io.ReadAll(conn) // the child closes its write half
	io.WriteString(conn, "thanks")
	conn.Close()
	if err := cmd.Wait(); err != nil {
		panic(err)
	}
	ln.Close()
	fmt.Printf("unix socket: got %q from the child\n", got)
	_, err = os.Stat(path)
	fmt.Printf("left behind: %v\n", err == nil)
}

// ANCHOR_END: main
