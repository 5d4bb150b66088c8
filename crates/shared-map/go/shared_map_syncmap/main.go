// sync.Map: Store, Load, LoadOrStore, Delete and Range.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// ANCHOR: main
	var sessions sync.Map // map[string]int, but every value is an interface{}
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sessions.Store(fmt.Sprint("user", id), id*100)
		}(id)
	}
	wg.Wait()

	v, ok := sessions.Load("user2")
	fmt.Println("load user2:", v.(int), ok) // a type assertion on every read
	actual, loaded := sessions.LoadOrStore("user2", 999)
	fmt.Println("load-or-store user2:", actual.(int), loaded)
	sessions.Delete("user4")

	var keys []string
	sessions.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	// ANCHOR_END: main
}
