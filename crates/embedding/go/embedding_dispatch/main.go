// The pitfall of embedding: a promoted method runs on the embedded value,
// so when it calls another method, it calls the embedded type's version,
// never the outer struct's. There is no virtual dispatch.
package main

import "fmt"

// ANCHOR: types
type Animal struct {
	Name string
}

func (a Animal) Sound() string {
	return "..."
}

// Describe's receiver is an Animal, so
// a.Sound() is always Animal.Sound.
func (a Animal) Describe() string {
	return a.Name + " says " + a.Sound()
}

type Dog struct {
	Animal
}

func (d Dog) Sound() string {
	return "woof"
}

// ANCHOR_END: types

// ANCHOR: fix
// The Go fix: take an interface, which
// does dispatch on the dynamic type.
type Sounder interface {
	Sound() string
}

func describe(name string, s Sounder) string {
	return name + " says " + s.Sound()
}

// ANCHOR_END: fix

func main() {
	// ANCHOR: main
	d := Dog{Animal{Name: "Rex"}}
	fmt.Println(d.Sound())
	// Surprise: Animal.Describe calls
	// Animal.Sound, not Dog.Sound.
	fmt.Println(d.Describe())
	fmt.Println(describe(d.Name, d))
	// ANCHOR_END: main
}
