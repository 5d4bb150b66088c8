// A forgotten cancel: the goroutines waiting on the context never end.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// settle waits up to 100ms for the goroutine count to fall back to base and
// returns how many goroutines are left above it.
func settle(base int) int {
	deadline := time.Now().Add(100 * time.Millisecond)
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine() - base
}

// ANCHOR: watch
// watch starts a goroutine that lives until ctx is cancelled.
func watch(ctx context.Context) {
	go func() {
		<-ctx.Done()
	}()
}

// ANCHOR_END: watch

func main() {
	// ANCHOR: main
	base := runtime.NumGoroutine()
	var cancels []context.CancelFunc
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		cancels = append(cancels, cancel) // kept "for later", never called
		watch(ctx)
	}
	fmt.Println("leaky: left behind:", settle(base))

	base = runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		watch(ctx)
		cancel() // usually: defer cancel()
	}
	fmt.Println("fixed: left behind:", settle(base))
	// ANCHOR_END: main
	_ = cancels
}
