// for-select with a quit channel, and the label that break needs.
package main

import "fmt"

func main() {
	// ANCHOR: main
	work := make(chan int64) // unbuffered: each send waits for its receive
	quit := make(chan struct{})
	go func() {
		for i := int64(1); i <= 3; i++ {
			work <- i
		}
		close(quit)
	}()

	var sum int64
serve:
	for {
		select {
		case v := <-work:
			sum += v
		case <-quit:
			break serve // a bare break would leave only the select
		}
	}
	fmt.Println("quit; sum =", sum)
	// ANCHOR_END: main
}
