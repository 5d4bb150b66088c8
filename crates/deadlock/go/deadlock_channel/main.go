// A channel deadlock that Go's runtime does not report: one goroutine is
// stuck forever, but main is still alive, so not "all goroutines are asleep".
// A bounded wait notices it instead.
package main

import (
	"fmt"
	"time"
)

// ANCHOR: main
func main() {
	ch := make(chan int) // unbuffered: a send waits for a receiver
	sent := make(chan struct{})
	go func() {
		ch <- 1 // nobody receives: blocked
		close(sent)
	}()

	select {
	case <-sent:
		fmt.Println("sent")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("send still blocked after 50ms: likely deadlock")
	}

	fmt.Println("received", <-ch) // release the sender
	<-sent
	fmt.Println("sender finished")
}

// ANCHOR_END: main
