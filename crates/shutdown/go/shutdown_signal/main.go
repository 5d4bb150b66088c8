// signal.NotifyContext: a context cancelled by SIGTERM or SIGINT. The program
// sends itself SIGTERM to show it.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// ANCHOR: main
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	stopped := make(chan struct{})
	go func() { // a worker that runs until the context is done
		defer close(stopped)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()

	// What `kill -TERM <pid>` from outside would do.
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		panic(err)
	}
	<-stopped
	fmt.Println("received SIGTERM; worker stopped")
}

// ANCHOR_END: main
