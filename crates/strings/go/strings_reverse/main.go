// Reversing a string by bytes breaks every multi-byte rune; by runes it
// works for Chinese but breaks a rune that a combining mark or a modifier
// belongs to. Go's standard library has no grapheme clusters.
package main

import "fmt"

// ANCHOR: by_bytes
func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// ANCHOR_END: by_bytes

// ANCHOR: by_runes
func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// ANCHOR_END: by_runes

func main() {
	// ANCHOR: main
	fmt.Println("bytes:", reverseBytes("Go语言"))
	fmt.Printf("bytes: % x\n", reverseBytes("Go语言"))
	fmt.Println("runes:", reverseRunes("Go语言"))
	// é written as e and U+0301 COMBINING ACUTE ACCENT
	fmt.Printf("runes: %+q\n", reverseRunes("cafe\u0301"))
	// 👍🏽: THUMBS UP SIGN and a skin-tone modifier
	fmt.Printf("runes: %+q\n", reverseRunes("👍🏽"))
	// ANCHOR_END: main
}
