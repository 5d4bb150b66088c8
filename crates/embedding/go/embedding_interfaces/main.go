// Interface embedding: an interface that names other interfaces has all
// of their methods, and a type satisfies it by having those methods, without
// ever naming it. A ReadWriter value can be used wherever a Reader is wanted.
package main

import (
	"fmt"
	"strings"
)

// ANCHOR: interfaces
type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string)
}

// ReadWriter has the methods of both.
type ReadWriter interface {
	Reader
	Writer
}

// ANCHOR_END: interfaces

// ANCHOR: queue
// Queue never names ReadWriter: its two
// methods are enough to satisfy it.
type Queue struct {
	lines []string
}

func (q *Queue) Write(s string) {
	q.lines = append(q.lines, s)
}

func (q *Queue) Read() (string, bool) {
	if len(q.lines) == 0 {
		return "", false
	}
	s := q.lines[0]
	q.lines = q.lines[1:]
	return s, true
}

// ANCHOR_END: queue

// ANCHOR: functions
// echo needs both halves.
func echo(rw ReadWriter, s string) string {
	rw.Write(s)
	got, _ := rw.Read()
	return got
}

// drain needs only a Reader.
func drain(r Reader) []string {
	var lines []string
	for {
		s, ok := r.Read()
		if !ok {
			return lines
		}
		lines = append(lines, s)
	}
}

// ANCHOR_END: functions

func main() {
	// ANCHOR: main
	q := &Queue{}
	fmt.Println(echo(q, "ping"))
	var rw ReadWriter = q
	rw.Write("a")
	rw.Write("b")
	// a ReadWriter is a Reader
	var r Reader = rw
	fmt.Println(strings.Join(drain(r), " "))
	// ANCHOR_END: main
}
