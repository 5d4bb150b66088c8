// Buffered channels: sends complete at once while there is room; len and cap.
package main

import "fmt"

// ANCHOR: main
func main() {
	ch := make(chan string, 3)
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- "a" // room in the buffer: returns at once, no receiver needed
	ch <- "b"
	fmt.Println("len", len(ch), "cap", cap(ch))
	fmt.Println("received", <-ch)
	fmt.Println("len", len(ch), "cap", cap(ch))

	ch <- "c"
	ch <- "d"
	select {
	case ch <- "e":
		fmt.Println("sent e")
	default: // the buffer is full
		fmt.Println("full: a send would block")
	}

	close(ch)
	for s := range ch { // buffered values outlive the close
		fmt.Println("received", s)
	}
}

// ANCHOR_END: main
