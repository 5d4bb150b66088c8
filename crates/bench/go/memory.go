package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// runMemory measures the resident memory of a parked goroutine: the RSS
// growth after starting n goroutines that all block on one unbuffered
// channel, divided by n. The goroutines are released and waited for before
// returning.
func runMemory(n int) {
	release := make(chan struct{})
	var started, exited sync.WaitGroup
	runtime.GC()
	before := rssBytes()
	started.Add(n)
	exited.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			exited.Done()
		}()
	}
	started.Wait()
	runtime.GC()
	after := rssBytes()
	if g := runtime.NumGoroutine(); g < n+1 {
		panic(fmt.Sprintf("memory: %d goroutines alive, want at least %d", g, n+1))
	}
	close(release)
	exited.Wait()
	emit("memory", "parked", "goroutine", float64(after-before)/float64(n), "bytes", n)
}

// rssBytes returns the resident set size of this process: the second field
// of /proc/self/statm (in pages) times the page size.
func rssBytes() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		panic(err)
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		panic(fmt.Sprintf("memory: unexpected /proc/self/statm: %q", data))
	}
	pages, err := strconv.ParseInt(fields[1], 10, 64)
	if err != nil {
		panic(err)
	}
	return pages * int64(os.Getpagesize())
}
