// sync.Once: many goroutines ask for the config; it is loaded once.
package main

import (
	"fmt"
	"sync"
)

// ANCHOR: once
var (
	loadOnce sync.Once
	loads    int
	config   map[string]string
)

func loadConfig() {
	loads++ // safe: Do runs this once, and every Do returns after it
	config = map[string]string{"addr": "127.0.0.1:8080"}
}

func getConfig() map[string]string {
	loadOnce.Do(loadConfig)
	return config
}

// ANCHOR_END: once

func main() {
	var wg sync.WaitGroup
	addrs := make([]string, 8)
	for i := range addrs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			addrs[i] = getConfig()["addr"]
		}(i)
	}
	wg.Wait()
	fmt.Println("8 goroutines read addr", addrs[0], "and", addrs[7])
	fmt.Println("loadConfig ran", loads, "time(s)")
}
