// Walking a Go string: by index, which gives bytes; by range, which
// decodes runes and gives the byte offset of each; and by converting it to
// []rune. len counts bytes.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	// ANCHOR: bytes
	s := "Go语言"
	var bytes []string
	for i := 0; i < len(s); i++ {
		bytes = append(bytes, fmt.Sprintf("%d:%x", i, s[i]))
	}
	fmt.Println("bytes:", strings.Join(bytes, " "))
	// ANCHOR_END: bytes

	// ANCHOR: runes
	var runes []string
	for i, r := range s {
		runes = append(runes, fmt.Sprintf("%d:%c", i, r))
	}
	fmt.Println("runes:", strings.Join(runes, " "))
	// ANCHOR_END: runes

	// ANCHOR: lengths
	title := "Go语言字符串遍历"
	fmt.Println("len:", len(title), "runes:", utf8.RuneCountInString(title))
	fmt.Println(`len("中文"):`, len("中文"))
	// ANCHOR_END: lengths

	// ANCHOR: rune_slice
	rs := []rune(title) // a copy, decoded: 4 bytes per rune
	fmt.Println("rs[2]:", string(rs[2]), "of", len(rs))
	rs[0] = 'g'
	fmt.Println(string(rs), "and still", title)
	// ANCHOR_END: rune_slice
}
