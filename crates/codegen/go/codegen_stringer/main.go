// A named integer type with a String method, as stringer generates it:
// fmt prints the name of a constant instead of its number.
package main

import (
	"fmt"
	"strconv"
)

// ANCHOR: pill
//go:generate stringer -type=Pill

// Pill is an enumeration of int constants.
type Pill int

const (
	Placebo Pill = iota
	Aspirin
	Ibuprofen
	Paracetamol
)

// ANCHOR_END: pill

// ANCHOR: string
// String is what go/codegen_generate writes (stringer's own output packs
// the names into one string and indexes it, with the same result).
func (v Pill) String() string {
	switch v {
	case Placebo:
		return "Placebo"
	case Aspirin:
		return "Aspirin"
	case Ibuprofen:
		return "Ibuprofen"
	case Paracetamol:
		return "Paracetamol"
	}
	return "Pill(" + strconv.Itoa(int(v)) + ")"
}

// ANCHOR_END: string

func main() {
	// ANCHOR: use
	fmt.Println(Aspirin)
	fmt.Printf("%v is %d\n", Ibuprofen, int(Ibuprofen))
	for p := Placebo; p <= Paracetamol; p++ {
		fmt.Print(p, " ")
	}
	fmt.Println()
	// ANCHOR_END: use
}
