// Setting a field through reflect: it works only on a value reached
// through a pointer (addressable), and only on an exported field. Both
// mistakes compile and pass go vet; they panic when they run.
package main

import (
	"fmt"
	"reflect"
)

// ANCHOR: account
// Account has an exported field and an unexported one.
type Account struct {
	Owner   string
	Balance int
	pin     int
}

// ANCHOR_END: account

// try runs set and prints the panic it raises, if any.
func try(what string, set func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	set()
	fmt.Printf("%s: ok\n", what)
}

func main() {
	a := Account{Owner: "Ann", Balance: 10, pin: 1234}

	// ANCHOR: copy
	// ValueOf(a) holds a copy of a: nothing in it can be set
	byValue := reflect.ValueOf(a).Field(1)
	fmt.Println("by value, CanSet:", byValue.CanSet())
	try("SetInt by value", func() { byValue.SetInt(20) })
	// ANCHOR_END: copy

	// ANCHOR: pointer
	// through a pointer, Elem() is a itself: its exported fields can be set
	byPointer := reflect.ValueOf(&a).Elem().Field(1)
	fmt.Println("by pointer, CanSet:", byPointer.CanSet())
	try("SetInt by pointer", func() { byPointer.SetInt(20) })
	fmt.Println("balance:", a.Balance)
	// ANCHOR_END: pointer

	// ANCHOR: unexported
	// an unexported field cannot be set, even through a pointer
	pin := reflect.ValueOf(&a).Elem().FieldByName("pin")
	fmt.Println("pin, CanSet:", pin.CanSet())
	try("SetInt on pin", func() { pin.SetInt(0) })
	fmt.Println("pin:", a.pin)
	// ANCHOR_END: unexported
}
