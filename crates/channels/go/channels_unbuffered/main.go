// Unbuffered channels: a send waits until a receiver takes the value.
package main

import "fmt"

// ANCHOR: ping_pong
func pingPong() {
	ping := make(chan string) // unbuffered: every send is a rendezvous
	pong := make(chan string)

	go func() {
		for msg := range ping {
			pong <- msg + " -> pong"
		}
		close(pong)
	}()

	for i := 1; i <= 3; i++ {
		ping <- fmt.Sprint("ping ", i) // returns once the goroutine has it
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong still open:", ok)
}

// ANCHOR_END: ping_pong

// ANCHOR: lonely
func lonelySend() {
	lonely := make(chan string)
	select {
	case lonely <- "hello":
		fmt.Println("sent")
	default: // nobody is receiving, so the send cannot complete
		fmt.Println("no receiver: a send would block")
	}
}

// ANCHOR_END: lonely

func main() {
	pingPong()
	lonelySend()
}
