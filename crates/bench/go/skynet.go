package main

import "fmt"

// runSkynet measures the classic skynet benchmark: a tree of goroutines with
// fan-out 10 and n leaves; each leaf returns its index, each node sums its
// 10 children through a channel, and the root's total must be n*(n-1)/2.
// ops is the number of goroutines started (n + n/10 + ... + 1).
func runSkynet(n int) {
	goroutines := 0
	for size := n; size >= 1; size /= 10 {
		goroutines += size
	}
	var total int
	ns := measure(goroutines, func() {
		c := make(chan int)
		go skynet(c, 0, n, 10)
		total = <-c
	})
	expectSum(fmt.Sprintf("skynet %d", n), total, n)
	emit("skynet", "skynet", "goroutine", ns, "ns/op", goroutines)
}

// ANCHOR: skynet
// skynet sends on c the sum of the leaf indexes num..num+size-1, computed by
// a subtree of goroutines with fan-out div.
func skynet(c chan int, num, size, div int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int)
	sub := size / div
	for i := 0; i < div; i++ {
		go skynet(rc, num+i*sub, sub, div)
	}
	sum := 0
	for i := 0; i < div; i++ {
		sum += <-rc
	}
	c <- sum
}

// ANCHOR_END: skynet
