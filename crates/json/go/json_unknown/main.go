// A misspelled key is not an error: Unmarshal skips the keys it has no
// field for, and the field keeps its zero value. Decoder's
// DisallowUnknownFields makes an unknown key an error.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// ANCHOR: types
type Config struct {
	Name    string `json:"name"`
	Retries int    `json:"retries"`
}

// ANCHOR_END: types

func main() {
	doc := `{"name":"api","retires":5}` // retires: a typo of retries

	// ANCHOR: unmarshal
	var c Config
	err := json.Unmarshal([]byte(doc), &c)
	fmt.Printf("misspelled key: name=%s retries=%d error=%t\n", c.Name, c.Retries, err != nil)
	// ANCHOR_END: unmarshal

	// ANCHOR: disallow
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.DisallowUnknownFields()
	var strict Config
	err = dec.Decode(&strict)
	fmt.Printf("DisallowUnknownFields: error=%t\n", err != nil)
	// ANCHOR_END: disallow
}
