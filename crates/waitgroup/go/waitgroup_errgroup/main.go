// errgroup, built from the standard library (x/sync/errgroup is a module, and
// this course's Go runs offline): wait for all, cancel the rest on the first
// error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// ANCHOR: group
type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { // keep the first error only
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

// ANCHOR_END: group

// ANCHOR: main
func main() {
	var running int64
	g, ctx := WithContext(context.Background())
	for job := 1; job <= 3; job++ {
		job := job
		atomic.AddInt64(&running, 1)
		g.Go(func() error {
			defer atomic.AddInt64(&running, -1)
			if job == 2 {
				return errors.New("job 2: disk full")
			}
			select { // the others must watch ctx, or Wait waits a full second
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
				return nil
			}
		})
	}
	fmt.Println("wait:", g.Wait())
	fmt.Println("jobs still running:", atomic.LoadInt64(&running))
}

// ANCHOR_END: main
