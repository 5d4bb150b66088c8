// Map values are not addressable: `points["a"].X = 10` does not compile.
// Copy the value out, change it, store it back; or store pointers.
package main

import "fmt"

// Point is a map value type.
type Point struct{ X, Y int }

func main() {
	// ANCHOR: store_back
	points := map[string]Point{"a": {1, 2}}
	// points["a"].X = 10 does not compile
	p := points["a"]
	p.X = 10
	// without this line the change is lost
	points["a"] = p
	fmt.Println(points)
	// ANCHOR_END: store_back

	// ANCHOR: pointers
	ptrs := map[string]*Point{"a": {1, 2}}
	// a field through a pointer is addressable
	ptrs["a"].X = 10
	fmt.Println(*ptrs["a"])
	// ANCHOR_END: pointers

	// ANCHOR: missing
	// a missing key reads as Point{}; store it to keep it
	q := points["b"]
	q.Y++
	points["b"] = q
	fmt.Println(points)
	// ANCHOR_END: missing
}
