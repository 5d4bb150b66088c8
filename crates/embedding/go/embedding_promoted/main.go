// Go has no inheritance: a struct embeds another type, and the embedded
// type's fields and methods are promoted to the outer struct. A method of
// the outer struct with the same name shadows the promoted one.
package main

import "fmt"

// ANCHOR: types
type Animal struct {
	Name string
}

func (a Animal) Hello() string {
	return "I am " + a.Name
}

func (a Animal) Sound() string {
	return "..."
}

// Dog embeds Animal: Dog has Animal's
// fields and methods as its own.
type Dog struct {
	Animal
	Breed string
}

// Sound shadows the promoted Animal.Sound.
func (d Dog) Sound() string {
	return "woof"
}

// ANCHOR_END: types

// ANCHOR: logger
type Logger interface {
	Log(msg string)
}

type Prefixed struct {
	prefix string
}

func (p Prefixed) Log(msg string) {
	fmt.Println(p.prefix + msg)
}

// Service embeds an interface: Log is
// promoted, so Service is a Logger too.
type Service struct {
	Logger
	name string
}

func (s Service) Start() {
	s.Log(s.name + " started")
}

func announce(l Logger, msg string) {
	l.Log(msg)
}

// ANCHOR_END: logger

// ANCHOR: nil_logger
// startSafely prints a panic instead of
// letting it end the program.
func startSafely(s Service) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	s.Start()
}

// ANCHOR_END: nil_logger

func main() {
	// ANCHOR: main
	d := Dog{Animal{Name: "Rex"}, "collie"}
	// promoted field: d.Animal.Name
	fmt.Println(d.Name, d.Breed)
	// promoted method: d.Animal.Hello()
	fmt.Println(d.Hello())
	// Dog's own Sound
	fmt.Println(d.Sound())
	// the shadowed one, by its full name
	fmt.Println(d.Animal.Sound())
	// ANCHOR_END: main

	// ANCHOR: main_logger
	svc := Service{Prefixed{"[svc] "}, "api"}
	svc.Start()
	announce(svc, "a Service is a Logger")
	// ANCHOR_END: main_logger

	// ANCHOR: main_nil
	// No Logger given: the embedded
	// interface is nil, and this compiles.
	startSafely(Service{name: "db"})
	// ANCHOR_END: main_nil
}
