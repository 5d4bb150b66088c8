// Writes a zip archive to a file and opens it again with zip.OpenReader.
package main

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "archive-disk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "notes.zip")

	// ANCHOR: write
	out, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := zip.NewWriter(out)
	for _, name := range []string{"a.txt", "sub/b.txt"} {
		f, err := w.Create(name)
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(f, "this is %s\n", name)
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	if err := out.Close(); err != nil { // zip's Close does not close the file
		panic(err)
	}
	// ANCHOR_END: write

	// ANCHOR: read
	r, err := zip.OpenReader(path)
	if err != nil {
		panic(err)
	}
	defer r.Close()
	for _, file := range r.File {
		rc, err := file.Open()
		if err != nil {
			panic(err)
		}
		contents, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%s: %q\n", file.Name, contents)
	}
	// ANCHOR_END: read
}
