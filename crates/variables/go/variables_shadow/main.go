// `:=` declares whatever on its left is new in the current scope. Inside an
// `if` block every name is new there, so `err` is a second variable that
// hides the outer one: the error is set on the inner `err` and the outer
// one stays nil.
package main

import (
	"fmt"
	"strconv"
)

// ANCHOR: shadow
func parsePort(text string, strict bool) (int, error) {
	var err error
	port := 80
	if strict {
		port, err := strconv.Atoi(text)
		if err == nil {
			fmt.Println("inner port:", port)
		}
	}
	return port, err
}

// ANCHOR_END: shadow

// ANCHOR: fixed
func parsePortFixed(text string, strict bool) (int, error) {
	var err error
	port := 80
	if strict {
		port, err = strconv.Atoi(text)
	}
	return port, err
}

// ANCHOR_END: fixed

func main() {
	// ANCHOR: main
	port, err := parsePort("eighty", true)
	fmt.Println("shadowed:", port, "failed:", err != nil)
	port, err = parsePort("8080", true)
	fmt.Println("shadowed:", port, "failed:", err != nil)
	port, err = parsePortFixed("eighty", true)
	fmt.Println("fixed:", port, "failed:", err != nil)
	port, err = parsePortFixed("8080", true)
	fmt.Println("fixed:", port, "failed:", err != nil)
	// ANCHOR_END: main
}
