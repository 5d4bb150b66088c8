// A priority queue of structs with container/heap: each job keeps its
// index in the slice so that heap.Fix can restore the order after its
// priority changes.
package main

import (
	"container/heap"
	"fmt"
)

// ANCHOR: job
// Job is a job waiting to run; index is its place in the
// queue's slice, kept up to date by Swap, for heap.Fix.
type Job struct {
	name     string
	priority int
	index    int
}

// JobQueue pops the highest priority first.
type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }

func (q JobQueue) Less(i, j int) bool {
	return q[i].priority > q[j].priority
}

func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (q *JobQueue) Push(x any) {
	job := x.(*Job)
	job.index = len(*q)
	*q = append(*q, job)
}

func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	job := old[n-1]
	old[n-1] = nil
	job.index = -1
	*q = old[:n-1]
	return job
}

// ANCHOR_END: job

// newQueue queues four jobs and returns the queue and the
// backup job, whose priority the caller changes.
func newQueue() (*JobQueue, *Job) {
	q := &JobQueue{}
	backup := &Job{name: "backup", priority: 1}
	for _, job := range []*Job{
		{name: "email", priority: 3},
		{name: "build", priority: 5},
		backup,
		{name: "report", priority: 2},
	} {
		heap.Push(q, job)
	}
	return q, backup
}

// runAll pops every job, as "priority:name".
func runAll(q *JobQueue) []string {
	var ran []string
	for q.Len() > 0 {
		job := heap.Pop(q).(*Job)
		ran = append(ran, fmt.Sprintf("%d:%s", job.priority, job.name))
	}
	return ran
}

func main() {
	// ANCHOR: fix
	q, backup := newQueue()
	backup.priority = 9
	heap.Fix(q, backup.index)
	fmt.Println("with heap.Fix:", runAll(q))
	// ANCHOR_END: fix

	// ANCHOR: no_fix
	q, backup = newQueue()
	// the priority changes, but the heap is not told
	backup.priority = 9
	fmt.Println("without heap.Fix:", runAll(q))
	// ANCHOR_END: no_fix
}
