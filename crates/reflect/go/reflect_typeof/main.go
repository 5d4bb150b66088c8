// reflect.TypeOf and reflect.ValueOf look at a value's type while the
// program runs: its name, its Kind, and for a struct each field with its
// tag. encoding/json walks the fields the same way.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// ANCHOR: user
// User is what the examples look at.
type User struct {
	Name  string `json:"name"`
	Age   int    `json:"age"`
	Email string `json:"email,omitempty"`
}

// ANCHOR_END: user

// ANCHOR: typo
// Contact misspells omitempty: nothing checks a tag's options.
type Contact struct {
	Email string `json:"email,omitempt"`
}

// ANCHOR_END: typo

// ANCHOR: describe
func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("an int, twice %d", 2*x)
	case string:
		return fmt.Sprintf("a string of %d bytes", len(x))
	case User:
		return "a User called " + x.Name
	default:
		return "something else"
	}
}

// ANCHOR_END: describe

func main() {
	u := User{Name: "Ann", Age: 36}

	// ANCHOR: typeof
	for _, v := range []interface{}{42, "Go", []int{1, 2}, u} {
		t := reflect.TypeOf(v)
		fmt.Printf("%v: type %v, kind %v\n", v, t, t.Kind())
	}
	// ANCHOR_END: typeof

	// ANCHOR: switch
	for _, v := range []interface{}{21, "Go语言", u, 1.5} {
		fmt.Println(describe(v))
	}
	// ANCHOR_END: switch

	// ANCHOR: fields
	t := reflect.TypeOf(u)
	v := reflect.ValueOf(u)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("field %d: %s json:%q = %v\n",
			i, f.Name, f.Tag.Get("json"), v.Field(i))
	}
	// ANCHOR_END: fields

	// ANCHOR: json
	out, err := json.Marshal(u)
	if err != nil {
		panic(err)
	}
	fmt.Println("json:", string(out))
	// ANCHOR_END: json

	// ANCHOR: typo_marshal
	out, err = json.Marshal(Contact{})
	if err != nil {
		panic(err)
	}
	fmt.Println("typo:", string(out))
	// ANCHOR_END: typo_marshal
}
