// A plugin loaded at run time: this program writes a plugin's source into
// a temporary directory, builds it with `go build -buildmode=plugin` (which
// needs cgo, so a C compiler), then opens it with plugin.Open and finds its
// symbols with Lookup.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"plugin"
)

// ANCHOR: plugin_source
// The plugin: a main package whose exported names are its interface.
const pluginSource = `package main

var Name = "hello"

var ABIVersion = 1

func Greet(who string) string { return "hello, " + who + "!" }
`

// ANCHOR_END: plugin_source

func main() {
	dir, err := os.MkdirTemp("", "plugins-load")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	source := filepath.Join(dir, "hello.go")
	if err := os.WriteFile(source, []byte(pluginSource), 0o644); err != nil {
		panic(err)
	}
	// ANCHOR: build
	so := filepath.Join(dir, "hello.so")
	build := exec.Command("go", "build", "-buildmode=plugin", "-o", so, source)
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("go build -buildmode=plugin: %v\n%s", err, out))
	}
	// ANCHOR_END: build

	// ANCHOR: open
	p, err := plugin.Open(so) // also fails if the plugin was built from other package versions
	if err != nil {
		panic(err)
	}
	name, err := p.Lookup("Name") // a variable comes back as a pointer to it
	if err != nil {
		panic(err)
	}
	version, err := p.Lookup("ABIVersion")
	if err != nil {
		panic(err)
	}
	fmt.Printf("loaded plugin: %s (interface version %d)\n", *name.(*string), *version.(*int))
	sym, err := p.Lookup("Greet")
	if err != nil {
		panic(err)
	}
	greet, ok := sym.(func(string) string) // a wrong signature fails here, not at the call
	if !ok {
		panic("Greet has another signature")
	}
	for _, who := range []string{"gopher", "世界"} {
		fmt.Printf("greet(%q): %s\n", who, greet(who))
	}
	_, err = p.Lookup("Missing")
	fmt.Printf("exports %q: %v\n", "Missing", err == nil)
	// ANCHOR_END: open
}
