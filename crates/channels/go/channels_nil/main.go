// The nil channel: never ready, so a select case on it is switched off.
package main

import "fmt"

// ANCHOR: merge
func count(ch chan<- int, from, step int) {
	for i := 0; i < 3; i++ {
		ch <- from + i*step
	}
	close(ch)
}

func mergeUntilBothClose() {
	a, b := make(chan int), make(chan int)
	go count(a, 1, 1)   // 1, 2, 3
	go count(b, 10, 10) // 10, 20, 30

	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a nil channel is never ready: this case is off now
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}

// ANCHOR_END: merge

// ANCHOR: never
func nilIsNeverReady() {
	var never chan int // nil: a receive on it blocks forever
	select {
	case v := <-never:
		fmt.Println("received", v)
	default:
		fmt.Println("a nil channel is never ready")
	}
}

// ANCHOR_END: never

func main() {
	mergeUntilBothClose()
	nilIsNeverReady()
}
