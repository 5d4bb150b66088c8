// time.After in a loop: each call makes a timer that lives until it fires.
// output: nondeterministic (heap sizes depend on the garbage collector)
package main

import (
	"fmt"
	"runtime"
	"time"
)

const messages = 100000

// ANCHOR: leaky
// consume gives up after a minute of silence, but each iteration makes a new
// timer: until Go 1.23, each stays in the runtime's timer heap (with its
// channel) for its full minute, although nobody will read it.
func consume(msgs <-chan int) int {
	n := 0
	for {
		select {
		case _, ok := <-msgs:
			if !ok {
				return n
			}
			n++
		case <-time.After(time.Minute):
			return n
		}
	}
}

// ANCHOR_END: leaky

// ANCHOR: fixed
// consumeFixed reuses one timer, reset for each message.
func consumeFixed(msgs <-chan int) int {
	idle := time.NewTimer(time.Minute)
	defer idle.Stop()
	n := 0
	for {
		select {
		case _, ok := <-msgs:
			if !ok {
				return n
			}
			n++
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(time.Minute)
		case <-idle.C:
			return n
		}
	}
}

// ANCHOR_END: fixed

// heldBy runs consumer over `messages` values and returns how many KiB of
// heap are still in use afterwards, after a collection.
func heldBy(consumer func(<-chan int) int) (int, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	msgs := make(chan int, 64)
	go func() {
		for i := 0; i < messages; i++ {
			msgs <- i
		}
		close(msgs)
	}()
	n := consumer(msgs)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if after.HeapAlloc < before.HeapAlloc {
		return n, 0
	}
	return n, (after.HeapAlloc - before.HeapAlloc) / 1024
}

func main() {
	n, kib := heldBy(consume)
	fmt.Printf("leaky: %d messages, %d KiB still held by pending timers\n", n, kib)
	n, kib = heldBy(consumeFixed)
	fmt.Printf("fixed: %d messages, %d KiB still held\n", n, kib)
}
