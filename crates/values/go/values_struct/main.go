// Go passes a struct by value: the function gets a copy of every field, and
// what it changes in the copy is lost when it returns. A pointer lets it
// change the caller's struct.
package main

import "fmt"

// ANCHOR: person
type Person struct {
	Name string
	Age  int
}

// ANCHOR_END: person

// ANCHOR: by_value
func birthdayByValue(p Person) {
	p.Age++ // changes the copy: the caller's Person is untouched
}

func birthday(p *Person) {
	p.Age++ // changes the caller's Person, through the pointer
}

// ANCHOR_END: by_value

// ANCHOR: receivers
// Older has a value receiver: it works on a copy, and returns it.
func (p Person) Older() Person {
	p.Age++
	return p
}

// HaveBirthday has a pointer receiver: it changes the Person it is called on.
func (p *Person) HaveBirthday() {
	p.Age++
}

// ANCHOR_END: receivers

// ANCHOR: constructor
func NewPerson(name string) *Person {
	p := Person{Name: name}
	return &p // fine in Go: p escapes, so the compiler moves it to the heap
}

// ANCHOR_END: constructor

func main() {
	// ANCHOR: main
	alice := Person{Name: "Alice", Age: 30}
	birthdayByValue(alice)
	fmt.Println("after a birthday on a copy:", alice.Age)
	birthday(&alice)
	fmt.Println("after a birthday on alice:", alice.Age)
	// ANCHOR_END: main

	// ANCHOR: main_receivers
	older := alice.Older()
	fmt.Println("older:", older.Age, "alice:", alice.Age)
	alice.HaveBirthday() // Go takes &alice for the pointer receiver
	fmt.Println("after the birthday method:", alice.Age)
	// ANCHOR_END: main_receivers

	// ANCHOR: main_copy
	bob := alice // a copy of every field
	bob.Name = "Bob"
	fmt.Println("alice:", alice.Name, "bob:", bob.Name)
	// ANCHOR_END: main_copy

	// ANCHOR: main_constructor
	carol := NewPerson("Carol")
	carol.HaveBirthday()
	fmt.Println("new person:", carol.Name, carol.Age)
	// ANCHOR_END: main_constructor
}
