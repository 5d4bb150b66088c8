// Writes a zip archive into memory, one file deflated and one stored, and
// reads it back.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	poem := strings.Repeat("床前明月光，疑是地上霜。\n", 50)

	// ANCHOR: write
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.Create("poem.txt") // Deflate
	if err != nil {
		panic(err)
	}
	if _, err := io.WriteString(f, poem); err != nil {
		panic(err)
	}
	f, err = w.CreateHeader(&zip.FileHeader{Name: "dir/raw.bin", Method: zip.Store})
	if err != nil {
		panic(err)
	}
	if _, err := f.Write([]byte{0, 1, 2}); err != nil {
		panic(err)
	}
	if err := w.Close(); err != nil { // writes the central directory
		panic(err)
	}
	// ANCHOR_END: write

	// ANCHOR: read
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		panic(err)
	}
	for _, file := range r.File {
		rc, err := file.Open()
		if err != nil {
			panic(err)
		}
		contents, err := io.ReadAll(rc) // checks the CRC-32 at the end
		rc.Close()
		if err != nil {
			panic(err)
		}
		method := map[uint16]string{zip.Store: "Store", zip.Deflate: "Deflate"}[file.Method]
		fmt.Printf("%s: %s, %d bytes, smaller: %v\n",
			file.Name, method, len(contents), file.CompressedSize64 < file.UncompressedSize64)
	}
	// ANCHOR_END: read
	fmt.Printf("starts with %q\n", buf.Bytes()[:4])
}
