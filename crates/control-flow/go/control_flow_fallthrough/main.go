// Go's fallthrough runs the next case's body without testing its
// condition: useful for levels that include each other, and a trap when
// the next case's condition was meant to be checked.
package main

import "fmt"

// ANCHOR: permissions
func permissions(role string) []string {
	var granted []string
	switch role {
	case "admin":
		granted = append(granted, "delete")
		fallthrough
	case "editor":
		granted = append(granted, "write")
		fallthrough
	case "viewer":
		granted = append(granted, "read")
	}
	return granted
}

// ANCHOR_END: permissions

// ANCHOR: untested
func sizes(n int) {
	switch {
	case n > 0:
		fmt.Println(n, "is positive")
		fallthrough
	case n > 100:
		// Reached from the case above without testing n > 100.
		fmt.Println(n, "is greater than 100")
	default:
		fmt.Println(n, "is not positive")
	}
}

// ANCHOR_END: untested

func main() {
	// ANCHOR: main
	for _, role := range []string{"admin", "editor", "viewer", "guest"} {
		fmt.Println(role, "may", permissions(role))
	}
	// ANCHOR_END: main

	// ANCHOR: main_untested
	sizes(5)
	sizes(-1)
	// ANCHOR_END: main_untested
}
