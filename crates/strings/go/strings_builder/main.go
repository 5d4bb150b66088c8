// Building a string: s += x copies every time, a strings.Builder appends
// to one buffer. And the everyday functions of the strings package.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	// ANCHOR: builder
	words := []string{"Go", "语言", "字符串"}
	var b strings.Builder
	b.Grow(64)
	for i, w := range words {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d:%s", i, w)
	}
	b.WriteRune('!')
	out := b.String()
	fmt.Println(out, "bytes:", b.Len(), "runes:", utf8.RuneCountInString(out))
	// ANCHOR_END: builder

	// ANCHOR: funcs
	line := "  Go语言 字符串  遍历 "
	fields := strings.Fields(line)
	fmt.Println("Fields:", len(fields), strings.Join(fields, "|"))
	parts := strings.Split("a,b,,c", ",")
	fmt.Println("Split:", len(parts), strings.Join(parts, "|"))
	fmt.Println("Contains:", strings.Contains(line, "语言"),
		"HasPrefix:", strings.HasPrefix(strings.TrimSpace(line), "Go"))
	fmt.Println("Index:", strings.Index(line, "语言"), "of", len(line))
	fmt.Println("ToUpper:", strings.ToUpper("go语言"))
	fmt.Println("Repeat:", strings.Repeat("=", 5))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println("Cut:", before, after, found)
	// ANCHOR_END: funcs
}
