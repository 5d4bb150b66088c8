// Errors are values. fmt.Errorf's %w wraps one, so that errors.Is and
// errors.As can find it again; %v only copies its text.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ANCHOR: types
// ErrNotFound is a sentinel: compared with errors.Is.
var ErrNotFound = errors.New("not found")

// LineError is a bad line of a config file.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string {
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// ANCHOR_END: types

var files = map[string]string{
	"ports.conf": "80\n443\n8o80\n",
}

// ANCHOR: functions
func readFile(path string) (string, error) {
	text, ok := files[path]
	if !ok {
		return "", fmt.Errorf("open %s: %w",
			path, ErrNotFound)
	}
	return text, nil
}

func parsePorts(text string) ([]int, error) {
	var ports []int
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, line := range lines {
		port, err := strconv.Atoi(line)
		if err != nil {
			return nil, &LineError{Line: i + 1, Err: err}
		}
		ports = append(ports, port)
	}
	return ports, nil
}

func loadConfig(path string) ([]int, error) {
	text, err := readFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	ports, err := parsePorts(text)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return ports, nil
}

// ANCHOR_END: functions

// ANCHOR: lost
// loadConfigLost wraps with %v: only the text survives.
func loadConfigLost(path string) ([]int, error) {
	text, err := readFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %v", err)
	}
	return parsePorts(text)
}

// ANCHOR_END: lost

func main() {
	// ANCHOR: main
	_, err := loadConfig("app.conf")
	fmt.Println("error:", err)
	fmt.Println("is not found:",
		errors.Is(err, ErrNotFound))

	_, lost := loadConfigLost("app.conf")
	fmt.Println("error:", lost)
	fmt.Println("is not found:",
		errors.Is(lost, ErrNotFound))
	fmt.Println("same text:",
		err.Error() == lost.Error())
	// ANCHOR_END: main

	// ANCHOR: as
	_, err = loadConfig("ports.conf")
	var lineErr *LineError
	if errors.As(err, &lineErr) {
		fmt.Println("bad line:", lineErr.Line)
	}
	// ANCHOR_END: as
}
