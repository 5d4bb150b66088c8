// A worker that sends heartbeats; a monitor that notices when they stop.
// output: nondeterministic (how many beats arrive depends on wall-clock timing)
package main

import (
	"fmt"
	"time"
)

// ANCHOR: worker
func worker(jobs <-chan time.Duration, pulse time.Duration) (<-chan struct{}, <-chan int) {
	beats := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(results)
		ticker := time.NewTicker(pulse)
		defer ticker.Stop()
		id := 0
		for {
			select {
			case <-ticker.C:
				select {
				case beats <- struct{}{}:
				default: // nobody listening: drop the beat
				}
			case takes, ok := <-jobs:
				if !ok {
					return
				}
				time.Sleep(takes) // the work; no beats meanwhile
				id++
				results <- id
			}
		}
	}()
	return beats, results
}

// ANCHOR_END: worker

func main() {
	// ANCHOR: monitor
	jobs := make(chan time.Duration, 3)
	jobs <- 10 * time.Millisecond
	jobs <- 10 * time.Millisecond
	jobs <- time.Hour // this job hangs
	beats, results := worker(jobs, 20*time.Millisecond)
	beatsSeen := 0
	for {
		select {
		case <-beats:
			beatsSeen++
		case id := <-results:
			fmt.Println("result", id)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("no beat for 100ms: the worker is stuck; beats seen:", beatsSeen)
			return
		}
	}
	// ANCHOR_END: monitor
}
