// Every Go type has a zero value: `var`, `new` and a struct literal that
// leaves fields out all fill in what they are not told with it.
package main

import "fmt"

// ANCHOR: options
type Options struct {
	Name    string
	Retries int
	Verbose bool
	Tags    []string
}

// ANCHOR_END: options

func main() {
	// ANCHOR: zero
	var n int
	var s string
	var o Options
	fmt.Printf("n=%d s=%q\n", n, s)
	fmt.Printf("o: %q %d %t %d\n",
		o.Name, o.Retries, o.Verbose, len(o.Tags))
	// ANCHOR_END: zero

	// ANCHOR: partial
	api := Options{Name: "api", Retries: 3}
	fmt.Printf("api: %q %d %t %d\n",
		api.Name, api.Retries, api.Verbose, len(api.Tags))
	// ANCHOR_END: partial

	// ANCHOR: new
	// new(T): a pointer to a new zero T
	p := new(int)
	*p += 5
	// the same as &Options{}
	q := new(Options)
	q.Retries++
	fmt.Println("*p =", *p, "retries =", q.Retries)
	// ANCHOR_END: new
}
