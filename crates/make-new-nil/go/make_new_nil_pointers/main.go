// A linked list ends in a nil pointer. Walking it stops at nil; reading a
// field through a nil pointer panics.
package main

import "fmt"

// ANCHOR: node
type Node struct {
	Value int
	Next  *Node
}

// ANCHOR_END: node

// ANCHOR: sum
func sum(head *Node) int {
	total := 0
	for n := head; n != nil; n = n.Next {
		total += n.Value
	}
	return total
}

// ANCHOR_END: sum

func main() {
	// ANCHOR: main
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("sum:", sum(list),
		"sum of nil:", sum(nil))
	// ANCHOR_END: main

	// ANCHOR: nil_deref
	func() {
		defer func() {
			fmt.Println("panic:", recover())
		}()
		// never pointed at a node
		var last *Node
		fmt.Println(last.Value)
	}()
	// ANCHOR_END: nil_deref
}
