// An interface value is two words: a type and a pointer to the value. It is
// nil only when both are nil, so a nil *ParseError returned as an error is a
// non-nil error: the caller's `err != nil` is true, and it reports a failure
// that did not happen.
package main

import "fmt"

// ANCHOR: error_type
type ParseError struct{ Line int }

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: empty input", e.Line)
}

// ANCHOR_END: error_type

// ANCHOR: check
// check returns a nil *ParseError on success: inside the
// error it returns, the type word is *ParseError.
func check(input string) error {
	var perr *ParseError
	if input == "" {
		perr = &ParseError{Line: 1}
	}
	return perr
}

// checkFixed returns the untyped nil on success.
func checkFixed(input string) error {
	if input == "" {
		return &ParseError{Line: 1}
	}
	return nil
}

// ANCHOR_END: check

// ANCHOR: report
func report(input string, err error) {
	if err != nil {
		fmt.Printf("%q failed: %v\n", input, err)
		return
	}
	fmt.Printf("%q ok\n", input)
}

// ANCHOR_END: report

func main() {
	// ANCHOR: main
	report("", check(""))
	report("x=1", check("x=1"))
	err := check("x=1")
	fmt.Printf("err != nil: %t, its type: %T\n", err != nil, err)
	report("x=1", checkFixed("x=1"))
	// ANCHOR_END: main
}
