// The comma-ok receive: tell a value from a closed channel.
package main

import "fmt"

// ANCHOR: comma_ok
func commaOk() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for i := 0; i < 3; i++ {
		v, ok := <-ch // after close: the buffered values, then (0, false)
		if ok {
			fmt.Println("received", v)
		} else {
			fmt.Println("closed and drained")
		}
	}
}

// ANCHOR_END: comma_ok

// ANCHOR: nonblocking
func nonBlocking() {
	open := make(chan int, 1)
	select {
	case v, ok := <-open:
		fmt.Println("received", v, ok)
	default: // nothing buffered, and not closed either
		fmt.Println("open but empty")
	}
}

// ANCHOR_END: nonblocking

func main() {
	commaOk()
	nonBlocking()
}
