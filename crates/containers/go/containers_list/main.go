// container/list: a doubly linked list of any values. Go programs use it
// as a queue or a deque, and the classic bug is removing elements while
// ranging over it with e = e.Next().
package main

import (
	"container/list"
	"fmt"
)

// values copies the list's values into a slice, front to back.
func values(l *list.List) []int {
	var out []int
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(int))
	}
	return out
}

// oneToSix is the list 1, 2, 3, 4, 5, 6.
func oneToSix() *list.List {
	l := list.New()
	for i := 1; i <= 6; i++ {
		l.PushBack(i)
	}
	return l
}

func main() {
	// ANCHOR: deque
	l := list.New()
	l.PushBack(2)
	l.PushBack(3)
	l.PushFront(1)
	fmt.Println("list:", values(l))
	front := l.Remove(l.Front()).(int)
	back := l.Remove(l.Back()).(int)
	fmt.Println("removed", front, "and", back)
	fmt.Println("left:", values(l))
	// ANCHOR_END: deque

	// ANCHOR: remove_bug
	l = oneToSix()
	for e := l.Front(); e != nil; e = e.Next() {
		if e.Value.(int)%2 == 0 {
			// Remove sets e.next to nil: the loop stops
			l.Remove(e)
		}
	}
	fmt.Println("e = e.Next() loop:", values(l))
	// ANCHOR_END: remove_bug

	// ANCHOR: remove_fixed
	l = oneToSix()
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println("next := e.Next() loop:", values(l))
	// ANCHOR_END: remove_fixed
}
