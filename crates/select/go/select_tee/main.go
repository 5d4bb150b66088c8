// Or-done and tee: one stream read by two consumers.
package main

import "fmt"

func generator(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

// ANCHOR: or_done
func orDone(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// ANCHOR_END: or_done

// ANCHOR: tee
func tee(done <-chan struct{}, in <-chan int) (<-chan int, <-chan int) {
	out1, out2 := make(chan int), make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			o1, o2 := out1, out2 // local copies, set to nil once sent
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				case <-done:
					return
				}
			}
		}
	}()
	return out1, out2
}

// ANCHOR_END: tee

func main() {
	// ANCHOR: main
	done := make(chan struct{})
	defer close(done)
	a, b := tee(done, generator(done, 3))
	for v := range orDone(done, a) {
		fmt.Println("a:", v, "b:", <-b)
	}
	// ANCHOR_END: main
}
