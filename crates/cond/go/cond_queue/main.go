// A bounded queue from a mutex and two sync.Conds: Put waits while it is
// full, Get while it is empty.
package main

import (
	"fmt"
	"sync"
)

// ANCHOR: queue
type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	capacity int
}

func NewQueue(capacity int) *Queue {
	q := &Queue{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(item int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity {
		q.notFull.Wait()
	}
	q.items = append(q.items, item)
	q.notEmpty.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	item := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return item
}

// ANCHOR_END: queue

func main() {
	// ANCHOR: main
	q := NewQueue(2)
	go func() {
		for i := 1; i <= 5; i++ {
			q.Put(i * i)
		}
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("got", q.Get())
	}
	// ANCHOR_END: main
}
