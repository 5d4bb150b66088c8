// output: not compared (this prints what go vet says of a Go file, its port what clippy says of a Rust one)
//
// Runs go vet on ../../vetbugs/main.go, a program with two bugs that
// compile, then runs that program: what vet reports, and what the bugs do.
package main

import (
	"fmt"
	"os/exec"
)

// ANCHOR: run
func run(args ...string) {
	cmd := exec.Command("go", args...)
	cmd.Dir = "../../vetbugs"
	out, err := cmd.CombinedOutput()
	fmt.Print(string(out))
	if err != nil {
		fmt.Printf("go %s: %v\n", args[0], err)
	}
}

func main() {
	run("vet", "main.go")
	run("run", "main.go")
}

// ANCHOR_END: run
