package main

import (
	"fmt"
	"sync"
)

// channelCaps are the channel capacities measured (Go has no unbounded channel).
var channelCaps = []int{0, 1, 1024}

// runChannels measures message passing over channels: N messages, the ints
// 0..N-1, each received exactly once and summed by the receiving side.
func runChannels(n int) {
	for _, c := range channelCaps {
		if c == 0 {
			continue // a lone goroutine would deadlock on an unbuffered channel
		}
		channelCase("seq", c, n, chanSeq)
	}
	for _, c := range channelCaps {
		channelCase("spsc", c, n, chanSPSC)
	}
	for _, c := range channelCaps {
		channelCase("mpsc", c, n, chanMPSC)
	}
	for _, c := range channelCaps {
		channelCase("mpmc", c, n, chanMPMC)
	}
	for _, c := range channelCaps {
		channelCase("select", c, n, chanSelect)
	}
}

// channelCase times one case, checks its sum and prints the result.
func channelCase(kind string, capacity, n int, body func(capacity, n int) int) {
	name := fmt.Sprintf("%s cap=%d", kind, capacity)
	var sum int
	ns := measure(n, func() { sum = body(capacity, n) })
	expectSum("channels "+name, sum, n)
	emit("channels", name, "chan", ns, "ns/op", n)
}

// chanSeq measures the cost of a send and a receive without any goroutine
// switch: one goroutine does `ch <- i; <-ch` n times.
func chanSeq(capacity, n int) int {
	ch := make(chan int, capacity)
	sum := 0
	for i := 0; i < n; i++ {
		ch <- i
		sum += <-ch
	}
	return sum
}

// chanSPSC measures one sender goroutine feeding the main goroutine.
func chanSPSC(capacity, n int) int {
	ch := make(chan int, capacity)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	return sum
}

// sendRange sends lo..hi-1 on ch.
func sendRange(ch chan<- int, lo, hi int) {
	for i := lo; i < hi; i++ {
		ch <- i
	}
}

// chanMPSC measures 4 sender goroutines (n/4 messages each) contending for
// one channel drained by the main goroutine.
func chanMPSC(capacity, n int) int {
	const senders = 4
	ch := make(chan int, capacity)
	per := n / senders
	for s := 0; s < senders; s++ {
		go sendRange(ch, s*per, (s+1)*per)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	return sum
}

// chanMPMC measures 4 senders and 4 receivers on one channel; the channel
// is closed once all senders are done and the receivers range until then.
func chanMPMC(capacity, n int) int {
	const senders, receivers = 4, 4
	ch := make(chan int, capacity)
	per := n / senders
	var sent, received sync.WaitGroup
	sent.Add(senders)
	for s := 0; s < senders; s++ {
		go func(lo, hi int) {
			sendRange(ch, lo, hi)
			sent.Done()
		}(s*per, (s+1)*per)
	}
	sums := make([]int, receivers)
	counts := make([]int, receivers)
	received.Add(receivers)
	for r := 0; r < receivers; r++ {
		go func(r int) {
			sum, count := 0, 0
			for v := range ch {
				sum += v
				count++
			}
			sums[r], counts[r] = sum, count
			received.Done()
		}(r)
	}
	sent.Wait()
	close(ch)
	received.Wait()
	sum, count := 0, 0
	for r := 0; r < receivers; r++ {
		sum += sums[r]
		count += counts[r]
	}
	if count != n {
		panic(fmt.Sprintf("channels mpmc: received %d messages, want %d", count, n))
	}
	return sum
}

// chanSelect measures a receiver selecting over two channels, each fed by
// its own sender goroutine with n/2 messages.
func chanSelect(capacity, n int) int {
	a := make(chan int, capacity)
	b := make(chan int, capacity)
	half := n / 2
	go sendRange(a, 0, half)
	go sendRange(b, half, n)
	sum := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		}
	}
	return sum
}
