// context: WithTimeout, WithDeadline and WithCancel, and how a cancel flows
// from parent to child but never back.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func why(err error) string {
	switch {
	case err == nil:
		return "still live"
	case errors.Is(err, context.DeadlineExceeded):
		return "deadline exceeded"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	return err.Error()
}

// ANCHOR: main
func main() {
	parent, cancelParent := context.WithCancel(context.Background())

	// A child with a timeout: it ends on its own; the parent does not notice.
	short, cancelShort := context.WithTimeout(parent, 20*time.Millisecond)
	defer cancelShort()
	<-short.Done()
	fmt.Println("short child:", why(short.Err()))
	fmt.Println("parent:", why(parent.Err()))

	// A deadline is a timeout given as a point in time.
	deadline := time.Now().Add(20 * time.Millisecond)
	dl, cancelDl := context.WithDeadline(parent, deadline)
	defer cancelDl()
	<-dl.Done()
	fmt.Println("deadline child:", why(dl.Err()))

	// Cancelling the parent cancels every child.
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	stopped := make(chan int)
	go func() { // a worker that ticks until its context is done
		ticks := 0
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-child.Done():
				stopped <- ticks
				return
			case <-tick.C:
				ticks++
			}
		}
	}()
	time.Sleep(10 * time.Millisecond)
	cancelParent()
	<-stopped
	fmt.Println("worker stopped:", why(child.Err()))
}

// ANCHOR_END: main
