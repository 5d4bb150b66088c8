// Zip slip: an extractor that joins each entry's name onto its target
// directory writes "../evil.txt" outside it. Everything happens in a
// temporary directory, so the write that escapes is harmless.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ANCHOR: naive
// extract is the extractor of many blog posts: it trusts f.Name.
func extract(r *zip.Reader, root string) error {
	for _, f := range r.File {
		dest := filepath.Join(root, f.Name) // "../evil.txt" climbs out
		if err := write(f, dest); err != nil {
			return err
		}
	}
	return nil
}

// ANCHOR_END: naive

// ANCHOR: checked
// extractChecked refuses a name whose joined path leaves root. (Go 1.20+
// has filepath.IsLocal(f.Name) for this check.)
func extractChecked(r *zip.Reader, root string) error {
	for _, f := range r.File {
		dest := filepath.Join(root, f.Name)
		if !strings.HasPrefix(dest, filepath.Clean(root)+string(os.PathSeparator)) {
			return fmt.Errorf("entry %q refused: escapes the target directory", f.Name)
		}
		if err := write(f, dest); err != nil {
			return err
		}
	}
	return nil
}

// ANCHOR_END: checked

func write(f *zip.File, dest string) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	out, err := os.Create(dest)
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, rc)
	return err
}

func main() {
	// ANCHOR: archive
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, name := range []string{"notes.txt", "../evil.txt"} {
		f, err := w.Create(name) // Go's writer takes any name
		if err != nil {
			panic(err)
		}
		io.WriteString(f, "x")
	}
	w.Close()
	// ANCHOR_END: archive
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		panic(err) // Go 1.20+ with GODEBUG=zipinsecurepath=0 stops here
	}

	for _, checked := range []bool{false, true} {
		dir, err := os.MkdirTemp("", "archive-slip")
		if err != nil {
			panic(err)
		}
		root := filepath.Join(dir, "target")
		name := "naive"
		if checked {
			name = "checked"
			err = extractChecked(r, root)
		} else {
			err = extract(r, root)
		}
		if err != nil {
			fmt.Printf("%s: %v\n", name, err)
		} else {
			fmt.Printf("%s: extracted\n", name)
		}
		_, statErr := os.Stat(filepath.Join(dir, "evil.txt"))
		fmt.Printf("evil.txt written outside target: %v\n", statErr == nil)
		os.RemoveAll(dir)
	}
}
