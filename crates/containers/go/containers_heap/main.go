// container/heap: a min-heap of ints kept in a slice, and the two
// ways to get its order wrong: no heap.Init, and the slice's own Pop.
package main

import (
	"container/heap"
	"fmt"
)

// ANCHOR: int_heap
// IntHeap is a min-heap of ints: heap.Interface on a slice.
type IntHeap []int

func (h IntHeap) Len() int { return len(h) }

func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }

func (h IntHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
}

// Push and Pop are for package heap to call: they
// only append to and cut from the end of the slice.
func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// ANCHOR_END: int_heap

// drain pops every value with heap.Pop, smallest first.
func drain(h *IntHeap) []int {
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	return out
}

func main() {
	// ANCHOR: main
	h := &IntHeap{5, 2, 8, 1, 9}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Println("smallest:", (*h)[0])
	fmt.Println("pops:", drain(h))
	// ANCHOR_END: main

	// ANCHOR: no_init
	unsorted := &IntHeap{5, 2, 8, 1, 9}
	// heap.Init forgotten: Push and Pop assume a heap
	heap.Push(unsorted, 3)
	fmt.Println("pops without Init:", drain(unsorted))
	// ANCHOR_END: no_init

	// ANCHOR: own_pop
	h = &IntHeap{5, 2, 8, 1, 9}
	heap.Init(h)
	var popped []int
	for h.Len() > 0 {
		// the slice's own Pop: the last element
		popped = append(popped, h.Pop().(int))
	}
	fmt.Println("the slice's own Pop:", popped)
	// ANCHOR_END: own_pop
}
