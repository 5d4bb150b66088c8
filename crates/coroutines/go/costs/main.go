// output: nondeterministic (timings and memory differ on every run)

// What a goroutine costs: the mean time to start one and the memory each one
// holds while it waits (runtime.MemStats, stack and heap in use).
package main

import (
	"fmt"
	"os/exec"
	"runtime"
	"sync"
	"time"
)

func inUse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.StackInuse + m.HeapInuse
}

// ANCHOR: main
func main() {
	const procs = 200
	started := time.Now()
	for i := 0; i < procs; i++ {
		if err := exec.Command("true").Run(); err != nil {
			panic(err)
		}
	}
	fmt.Printf("processes  %6d started, %9v each\n", procs, time.Since(started)/procs)

	const count = 100000
	var parked, done sync.WaitGroup
	release := make(chan struct{})
	before := inUse()
	started = time.Now()
	for i := 0; i < count; i++ {
		parked.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			parked.Done()
			<-release
		}()
	}
	spawn := time.Since(started) / count
	parked.Wait()
	fmt.Printf("goroutines %6d started, %9v each, %6d B in use each while waiting\n",
		count, spawn, (inUse()-before)/count)
	close(release)
	done.Wait()
}

// ANCHOR_END: main
