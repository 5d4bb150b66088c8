// Indexing and slicing a Go string work on bytes: s[i] is a byte, and
// s[a:b] cuts wherever it is told, in the middle of a rune too.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	// ANCHOR: index
	s := "Go语言字符串遍历"
	fmt.Println("s[0]:", s[0], "s[2]:", s[2])
	// string(byte) is the rune with that number: U+00E8, not 语
	fmt.Println("string(s[2]):", string(s[2]))
	// ANCHOR_END: index

	// ANCHOR: cut
	head := s[:4] // G, o, and two of the three bytes of 语
	fmt.Println("s[:4]:", head)
	fmt.Printf("s[:4] bytes: % x\n", head)
	fmt.Println("valid:", utf8.ValidString(head))
	// ANCHOR_END: cut

	// ANCHOR: fixed
	// four runes, by converting the whole string
	fmt.Println("[]rune(s)[:4]:", string([]rune(s)[:4]))
	// or the byte offset where the fifth rune starts, from range
	end, n := len(s), 0
	for i := range s {
		if n == 4 {
			end = i
			break
		}
		n++
	}
	fmt.Println("s[:end]:", s[:end], "end:", end)
	// ANCHOR_END: fixed
}
