// A Go interface is satisfied implicitly: any type with the methods is a
// Shape, without saying so. A []Shape holds values of different types, and
// each call picks the method of the value's own type at run time.
package main

import (
	"fmt"
	"math"
)

// ANCHOR: shape
type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ Radius float64 }

type Rect struct{ Width, Height float64 }

func (c Circle) Area() float64 {
	return math.Pi * c.Radius * c.Radius
}

func (c Circle) Name() string { return "circle" }

func (r Rect) Area() float64 { return r.Width * r.Height }

func (r Rect) Name() string { return "rect" }

// ANCHOR_END: shape

// ANCHOR: describe
// describe works for every Shape; Go has no default
// methods, so a shared behaviour is a function.
func describe(s Shape) string {
	return fmt.Sprintf("%s with area %.2f", s.Name(), s.Area())
}

func totalArea(shapes []Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

// ANCHOR_END: describe

func main() {
	// ANCHOR: main
	shapes := []Shape{Circle{Radius: 1}, Rect{Width: 2, Height: 3}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Printf("total area: %.2f\n", totalArea(shapes))
	// ANCHOR_END: main

	// ANCHOR: empty
	// interface{} (alias any since Go 1.18) has no
	// methods, so every value satisfies it.
	var anything interface{} = 42
	fmt.Println("anything holds", anything)
	anything = "a string now"
	fmt.Println("anything holds", anything)
	// ANCHOR_END: empty
}
