// A Go string may hold bytes that are not UTF-8, and nothing complains
// until something decodes them: range gives U+FFFD for each bad byte,
// strings.ToValidUTF8 one replacement for each run of them.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	// ANCHOR: invalid
	// 语, the first two bytes of 言 (a read cut it short), '!' and
	// two bytes that start nothing
	data := []byte("语言")[:5]
	data = append(data, '!', 0xff, 0xfe)
	s := string(data) // no check: s holds the bytes as they are
	fmt.Println("len:", len(s), "valid:", utf8.ValidString(s))
	// ANCHOR_END: invalid

	// ANCHOR: range
	var runes []string
	for i, r := range s {
		runes = append(runes, fmt.Sprintf("%d:%U", i, r))
	}
	fmt.Println("range:", strings.Join(runes, " "))
	fmt.Println("runes:", utf8.RuneCountInString(s), len([]rune(s)))
	// ANCHOR_END: range

	// ANCHOR: repair
	fmt.Println("ToValidUTF8:", strings.ToValidUTF8(s, "\uFFFD"))
	// ANCHOR_END: repair
}
