// A type switch asks an interface value for its dynamic type; a type
// assertion with `, ok` asks whether it holds one given type.
package main

import "fmt"

// ANCHOR: switch
func kind(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return fmt.Sprintf("string %q", v)
	case bool:
		return fmt.Sprintf("bool %t", v)
	default:
		return "something else"
	}
}

// ANCHOR_END: switch

func main() {
	// ANCHOR: main
	values := []interface{}{42, "gopher", true, nil, 3.5}
	for _, x := range values {
		fmt.Println(kind(x))
	}
	// ANCHOR_END: main

	// ANCHOR: assert
	var x interface{} = "gopher"
	if s, ok := x.(string); ok {
		fmt.Println("a string of", len(s), "bytes")
	}
	n, ok := x.(int)
	fmt.Println("as an int:", n, ok)
	// ANCHOR_END: assert
}
