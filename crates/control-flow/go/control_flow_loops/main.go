// Go has one loop, for, in four forms, and a goto.
package main

import "fmt"

func main() {
	// ANCHOR: three_part
	for i := 0; i < 3; i++ {
		fmt.Println("i =", i)
	}
	var down []int
	for i := 10; i > 0; i -= 3 {
		down = append(down, i)
	}
	fmt.Println("down by 3:", down)
	// ANCHOR_END: three_part

	// ANCHOR: while
	n, steps := 6, 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps from 6:", steps)
	// ANCHOR_END: while

	// ANCHOR: forever
	p := 1
	for {
		if p >= 100 {
			break
		}
		p *= 2
	}
	fmt.Println("first power of two >= 100:", p)
	// ANCHOR_END: forever

	// ANCHOR: range
	for i, v := range []string{"a", "b"} {
		fmt.Println(i, v)
	}
	var runes []string
	for i, r := range "héllo" { // i is a byte offset, r a rune
		runes = append(runes, fmt.Sprint(i, ":", string(r)))
	}
	fmt.Println(runes)
	// ANCHOR_END: range

	// ANCHOR: continue
	var threes []int
	for i := 1; i <= 10; i++ {
		if i%3 != 0 {
			continue
		}
		threes = append(threes, i)
	}
	fmt.Println("multiples of 3:", threes)
	// ANCHOR_END: continue

	// ANCHOR: goto
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		goto retry
	}
	fmt.Println("attempts:", attempts)
	// ANCHOR_END: goto
}
