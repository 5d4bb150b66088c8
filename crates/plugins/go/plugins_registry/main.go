// Plugins compiled in: each registers itself from an init function into a
// package-level map, as database/sql drivers and image formats do.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// ANCHOR: interface
// Plugin is what every plugin can do.
type Plugin interface {
	Name() string
	Run(input string) string
}

var registry = map[string]Plugin{}

// Register adds p; a second plugin of the same name is a bug at start-up.
func Register(p Plugin) {
	if _, dup := registry[p.Name()]; dup {
		panic(fmt.Sprintf("plugin %q registered twice", p.Name()))
	}
	registry[p.Name()] = p
}

// ANCHOR_END: interface

// ANCHOR: plugins
type upper struct{}

func (upper) Name() string         { return "upper" }
func (upper) Run(in string) string { return strings.ToUpper(in) }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Run(in string) string {
	r := []rune(in)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func init() { Register(upper{}) }
func init() { Register(reverse{}) }

// ANCHOR_END: plugins

func main() {
	// ANCHOR: use
	names := make([]string, 0, len(registry))
	for name := range registry { // map order is random: sort
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println("plugins:", strings.Join(names, ", "))
	for _, name := range names {
		fmt.Printf("%s(%q): %s\n", name, "Go plugin", registry[name].Run("Go plugin"))
	}
	if _, ok := registry["zip"]; !ok {
		fmt.Println(`lookup "zip": not found`)
	}
	// ANCHOR_END: use

	// ANCHOR: duplicate
	// A second Register of a name panics; from an init function, that
	// stops the program before main. Here it is caught to print it.
	func() {
		defer func() { fmt.Printf("registering %q again: %v\n", "upper", recover()) }()
		Register(upper{})
	}()
	// ANCHOR_END: duplicate
}
