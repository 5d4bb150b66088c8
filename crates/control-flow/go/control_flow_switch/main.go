// Go's switch: a case list, a tagless switch, a switch that runs no case,
// and the empty case that does not fall into the next one.
package main

import "fmt"

// ANCHOR: day_kind
func dayKind(day string) string {
	switch day {
	case "mon", "tue", "wed", "thu", "fri":
		return "weekday"
	case "sat", "sun":
		return "weekend"
	default:
		return "unknown"
	}
}

// ANCHOR_END: day_kind

// ANCHOR: grade
func grade(score int) string {
	switch {
	case score > 100:
		return "?"
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

// ANCHOR_END: grade

// ANCHOR: is_vowel
// isVowelBroken is written the C way: the empty case 'a' was meant to fall
// into the next one. In Go it does not: 'a' matches, and nothing runs.
func isVowelBroken(c rune) bool {
	switch c {
	case 'a':
	case 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func isVowel(c rune) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// ANCHOR_END: is_vowel

func main() {
	// ANCHOR: main
	for _, day := range []string{"tue", "sun", "someday"} {
		fmt.Println(day+":", dayKind(day))
	}
	for _, score := range []int{95, 83, 42, 120} {
		fmt.Println(score, "gets", grade(score))
	}
	// ANCHOR_END: main

	// ANCHOR: no_case
	n := 7
	switch n {
	case 0:
		fmt.Println("zero")
	case 1, 2:
		fmt.Println("one or two")
	}
	fmt.Println("no case ran for", n)
	// ANCHOR_END: no_case

	// ANCHOR: main_vowel
	fmt.Println("broken: is 'a' a vowel?", isVowelBroken('a'), "'e'?", isVowelBroken('e'))
	fmt.Println("fixed: is 'a' a vowel?", isVowel('a'), "'e'?", isVowel('e'))
	// ANCHOR_END: main_vowel
}
