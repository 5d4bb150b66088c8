// Decoded into interface{}, every JSON number is a float64, which holds
// integers exactly only up to 2^53: 9007199254740993 comes back as
// 9007199254740992.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	doc := `{"id": 9007199254740993, "ratio": 0.5}`

	// ANCHOR: interface
	var loose map[string]interface{}
	if err := json.Unmarshal([]byte(doc), &loose); err != nil {
		panic(err)
	}
	id := loose["id"].(float64) // every number in an interface{} is a float64
	fmt.Printf("interface{} float64: %.0f\n", id)
	fmt.Println("as int64:", int64(id))
	// ANCHOR_END: interface

	// ANCHOR: typed
	var typed struct {
		ID    int64   `json:"id"`
		Ratio float64 `json:"ratio"`
	}
	if err := json.Unmarshal([]byte(doc), &typed); err != nil {
		panic(err)
	}
	fmt.Println("int64 field:", typed.ID, typed.Ratio)
	// ANCHOR_END: typed

	// ANCHOR: use_number
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber() // numbers stay as their text, json.Number
	var numbers map[string]interface{}
	if err := dec.Decode(&numbers); err != nil {
		panic(err)
	}
	exact, err := numbers["id"].(json.Number).Int64()
	fmt.Println("UseNumber:", exact, err == nil)
	// ANCHOR_END: use_number
}
