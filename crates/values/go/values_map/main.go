// A map value is a pointer to the runtime's map, so a function that gets a
// copy of it changes the caller's map; copying the map itself takes a loop.
package main

import "fmt"

// ANCHOR: functions
func addVisit(visits map[string]int, page string) {
	visits[page]++ // the copy points to the caller's map: the change is seen
}

// ANCHOR_END: functions

func main() {
	// ANCHOR: main
	visits := map[string]int{}
	addVisit(visits, "/home")
	addVisit(visits, "/home")
	addVisit(visits, "/about")
	fmt.Println("after three visits:", visits)

	alias := visits // the same map, not a copy
	alias["/new"] = 1
	fmt.Println("visits after a write through the alias:", visits)
	// ANCHOR_END: main

	// ANCHOR: copy
	copied := make(map[string]int, len(visits)) // Go 1.21 has maps.Clone
	for page, n := range visits {
		copied[page] = n
	}
	copied["/home"] = 100
	fmt.Println("visits:", visits["/home"], "copied:", copied["/home"])
	// ANCHOR_END: copy
}
