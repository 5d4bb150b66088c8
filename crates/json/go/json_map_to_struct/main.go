// Map to struct with the standard library only: encode the map to JSON and
// decode that into the struct. (The notes' mapstructure.Decode is a
// third-party package; this is what it saves you writing.)
package main

import (
	"encoding/json"
	"fmt"
)

// ANCHOR: types
type Upstream struct {
	Host   string `json:"host"`
	Weight int    `json:"weight"`
}

type Service struct {
	Name      string     `json:"name"`
	Port      int        `json:"port"`
	Upstreams []Upstream `json:"upstreams"`
}

// ANCHOR_END: types

// ANCHOR: convert
func mapToStruct(m map[string]interface{}, out interface{}) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, out)
}

// ANCHOR_END: convert

func main() {
	// ANCHOR: use
	m := map[string]interface{}{
		"name": "api",
		"port": 8080,
		"upstreams": []interface{}{
			map[string]interface{}{"host": "10.0.0.1", "weight": 3},
		},
	}
	var s Service
	if err := mapToStruct(m, &s); err != nil {
		panic(err)
	}
	fmt.Printf("%s:%d upstreams=%d first=%s/%d\n",
		s.Name, s.Port, len(s.Upstreams), s.Upstreams[0].Host, s.Upstreams[0].Weight)
	// ANCHOR_END: use

	// ANCHOR: wrong
	m["port"] = "8080"
	err := mapToStruct(m, &s)
	fmt.Println("port as a string: error =", err != nil)
	// ANCHOR_END: wrong

	// ANCHOR: nested
	m["port"] = 8080
	m["upstreams"] = []interface{}{
		map[string]interface{}{"host": "10.0.0.1", "weight": "heavy"},
	}
	err = mapToStruct(m, &s)
	fmt.Println("weight as a string: error =", err != nil)
	// ANCHOR_END: nested
}
