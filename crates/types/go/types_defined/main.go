// A defined type, `type Celsius float64`, is a new type with float64 as its
// underlying type: it can have methods of its own, and mixing it with
// another type needs a conversion. But a conversion between two types with
// the same underlying type only relabels the number: it applies no formula.
package main

import "fmt"

// ANCHOR: types
type Celsius float64
type Fahrenheit float64

func (c Celsius) ToFahrenheit() Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

// FToC converts: it applies the formula.
func FToC(f Fahrenheit) Celsius {
	return Celsius((f - 32) * 5 / 9)
}

func (c Celsius) String() string {
	return fmt.Sprintf("%.1f°C", float64(c))
}

func (f Fahrenheit) String() string {
	return fmt.Sprintf("%.1f°F", float64(f))
}

// ANCHOR_END: types

func main() {
	// ANCHOR: main
	boiling := Celsius(100)
	fmt.Println(boiling, "is", boiling.ToFahrenheit())
	warmer := boiling + 5
	fmt.Println("an untyped constant mixes in:", warmer)
	var reading float64 = 21.5
	room := Celsius(reading)
	fmt.Println("a float64 needs a conversion:", room)
	// ANCHOR_END: main

	// ANCHOR: pitfall
	fever := Fahrenheit(101.3)
	relabelled := Celsius(fever)
	fmt.Println("Celsius(fever):", relabelled)
	fmt.Println("as a plain float64:", float64(relabelled))
	// ANCHOR_END: pitfall

	// ANCHOR: convert
	converted := FToC(fever)
	fmt.Println("converted:", converted)
	fmt.Println("and back:", converted.ToFahrenheit())
	// ANCHOR_END: convert
}
