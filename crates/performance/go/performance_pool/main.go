// output: nondeterministic (sync.Pool may drop its objects at any garbage collection, and the counts are the Go runtime's)
//
// A sync.Pool of buffers: a request takes a buffer, resets it, writes its
// reply into it and puts it back, so that the next request reuses it.
package main

import (
	"bytes"
	"fmt"
	"sync"
	"testing"
)

var sink int

// ANCHOR: pool
var buffers = sync.Pool{
	// New makes a buffer when the pool has none to give.
	New: func() any { return new(bytes.Buffer) },
}

func handle() int {
	buf := buffers.Get().(*bytes.Buffer)
	buf.Reset() // a buffer from the pool still holds the last request's bytes
	defer buffers.Put(buf)
	for i := 0; i < 20; i++ {
		buf.WriteString("line of the reply\n")
	}
	return buf.Len()
}

// ANCHOR_END: pool

// sent stands for the connection a server hands its buffer to: the buffer
// escapes to the heap, as it would there.
var sent *bytes.Buffer

// ANCHOR: no_pool
func handleWithoutPool() int {
	buf := new(bytes.Buffer)
	for i := 0; i < 20; i++ {
		buf.WriteString("line of the reply\n")
	}
	sent = buf
	return buf.Len()
}

// ANCHOR_END: no_pool

func main() {
	// ANCHOR: forgot_reset
	dirty := buffers.Get().(*bytes.Buffer)
	dirty.WriteString("secret of request 1")
	buffers.Put(dirty) // put back without Reset
	next := buffers.Get().(*bytes.Buffer)
	fmt.Printf("the next request's buffer starts with %q\n", next.String())
	buffers.Put(next)
	// ANCHOR_END: forgot_reset

	// ANCHOR: use_after_put
	late := buffers.Get().(*bytes.Buffer)
	late.Reset()
	late.WriteString("reply 2")
	buffers.Put(late)
	other := buffers.Get().(*bytes.Buffer) // request 3 gets the same buffer
	other.Reset()
	other.WriteString("reply 3")
	late.WriteString(", late line of reply 2") // request 2 still writes to it
	fmt.Printf("request 3 sends %q\n", other.String())
	buffers.Put(other)
	// ANCHOR_END: use_after_put

	// ANCHOR: count
	without := testing.AllocsPerRun(100, func() { sink = handleWithoutPool() })
	with := testing.AllocsPerRun(100, func() { sink = handle() })
	fmt.Println("without a pool:", without, "allocations per request")
	fmt.Println("with sync.Pool:", with, "allocations per request")
	// ANCHOR_END: count
}
