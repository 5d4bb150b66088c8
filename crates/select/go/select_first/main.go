// First response wins; the other requests are cancelled.
package main

import (
	"context"
	"fmt"
	"sync"
)

// ANCHOR: first
// replica 2 answers; replicas 1 and 3 hang until they are cancelled.
func ask(ctx context.Context, replica int, answers chan<- string, cancelled *sync.WaitGroup) {
	if replica == 2 {
		answers <- fmt.Sprint("replica ", replica) // buffered: never blocks
		return
	}
	<-ctx.Done()
	cancelled.Done()
}

func firstResponse(replicas int) (string, int) {
	ctx, cancel := context.WithCancel(context.Background())
	answers := make(chan string, replicas) // room for all: no loser leaks
	var cancelled sync.WaitGroup
	cancelled.Add(replicas - 1)
	for r := 1; r <= replicas; r++ {
		go ask(ctx, r, answers, &cancelled)
	}
	first := <-answers
	cancel()         // tell the others to stop
	cancelled.Wait() // and wait until they have
	return first, replicas - 1
}

// ANCHOR_END: first

func main() {
	// ANCHOR: main
	first, cancelled := firstResponse(3)
	fmt.Println("first answer:", first)
	fmt.Println("cancelled:", cancelled)
	// ANCHOR_END: main
}
