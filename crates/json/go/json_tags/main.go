// Struct tags tell encoding/json a field's name in the document, when to
// leave it out, and to skip it; an embedded struct's fields are inlined.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// ANCHOR: types
// Audit is embedded in Account: its fields appear at Account's level.
type Audit struct {
	CreatedBy string `json:"createdBy"`
}

type Account struct {
	Audit
	ID       int64    `json:"id"`
	UserName string   `json:"userName"`
	Email    string   `json:"email,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Role     string   `json:"role"`
	Password string   `json:"-"`
}

// ANCHOR_END: types

func main() {
	// ANCHOR: marshal
	a := Account{
		Audit:    Audit{CreatedBy: "admin"},
		ID:       7,
		UserName: "gopher",
		Role:     "member",
		Password: "hunter2",
	}
	out, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	// ANCHOR_END: marshal

	// ANCHOR: unmarshal
	// The default: whatever the struct holds before Unmarshal stays
	// where the document says nothing.
	b := Account{Role: "member"}
	doc := `{"id":8,"userName":"rustacean","tags":["new"],"createdBy":"ci"}`
	if err := json.Unmarshal([]byte(doc), &b); err != nil {
		panic(err)
	}
	fmt.Printf("id=%d userName=%s email=%q tags=[%s] role=%s createdBy=%s\n",
		b.ID, b.UserName, b.Email, strings.Join(b.Tags, " "), b.Role, b.CreatedBy)
	// ANCHOR_END: unmarshal

}
