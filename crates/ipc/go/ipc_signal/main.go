// IPC by signal: a child sends this process SIGUSR1 with kill.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"syscall"
)

// ANCHOR: main
func main() {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGUSR1) // before the child starts
	if err := exec.Command("kill", "-USR1", strconv.Itoa(os.Getpid())).Run(); err != nil {
		panic(err)
	}
	got := <-signals
	signal.Stop(signals)
	fmt.Printf("signal: got SIGUSR1 from the child: %v\n", got == syscall.SIGUSR1)
}

// ANCHOR_END: main
