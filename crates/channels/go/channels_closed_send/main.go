// A send on a closed channel panics; recover turns the panic into a message.
package main

import "fmt"

// ANCHOR: program
func trySend(ch chan<- int, v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("send failed:", r)
		}
	}()
	ch <- v
	fmt.Println("sent", v)
}

func main() {
	ch := make(chan int, 1)
	trySend(ch, 1)
	close(ch)
	trySend(ch, 2) // panics: send on closed channel

	// A closed channel still hands out what it buffered.
	fmt.Println("still buffered:", <-ch)
}

// ANCHOR_END: program
