// Channel directions: a function that may only send, one that may only receive.
package main

import "fmt"

// ANCHOR: program
// produce may only send on out: `<-out` would not compile.
func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

// consume may only receive from in: `in <- 1` or `close(in)` would not compile.
func consume(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	ch := make(chan int)
	go produce(ch, 4) // a chan int converts to either direction
	fmt.Println("sum of squares:", consume(ch))
}

// ANCHOR_END: program
