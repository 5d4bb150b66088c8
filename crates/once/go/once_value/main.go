// OnceValue by hand: Go 1.21 added sync.OnceValue; in Go 1.19 we write it
// with sync.Once and a closure (generics arrived in 1.18).
package main

import (
	"fmt"
	"sync"
)

// ANCHOR: once_value
// onceValue returns a function that calls f the first time it is called and
// returns f's result on every call (Go 1.21: sync.OnceValue(f)).
func onceValue[T any](f func() T) func() T {
	var (
		once  sync.Once
		value T
	)
	return func() T {
		once.Do(func() { value = f() })
		return value
	}
}

// ANCHOR_END: once_value

func main() {
	// ANCHOR: main
	computed := 0
	primes := onceValue(func() []int {
		computed++
		fmt.Println("computing the primes")
		var ps []int
		for n := 2; len(ps) < 5; n++ {
			isPrime := true
			for _, p := range ps {
				if n%p == 0 {
					isPrime = false
				}
			}
			if isPrime {
				ps = append(ps, n)
			}
		}
		return ps
	})
	fmt.Println("before the first call, computed", computed, "time(s)")
	fmt.Println(primes())
	fmt.Println(primes())
	fmt.Println("computed", computed, "time(s)")
	// ANCHOR_END: main
}
