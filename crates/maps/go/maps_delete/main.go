// Deleting from a map while ranging over it is allowed in Go: an entry
// deleted before the loop reaches it is not visited.
package main

import "fmt"

func main() {
	// ANCHOR: delete
	stock := map[string]int{
		"apple": 0, "fig": 5, "pear": 3, "plum": 0,
	}
	for fruit, n := range stock {
		if n == 0 {
			delete(stock, fruit)
		}
	}
	fmt.Println(stock)
	// ANCHOR_END: delete
}
