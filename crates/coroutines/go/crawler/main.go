// The note's asyncio crawler, in Go: start a local HTTP server whose every
// answer takes 100 ms, fetch five pages at once (one goroutine each), and
// print them in the order asked.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"time"
)

var site = map[string]string{
	"/":        "Welcome to the crawler's test site",
	"/about":   "About: a tiny site on 127.0.0.1",
	"/blog":    "Blog: three posts about coroutines",
	"/contact": "Contact: nobody, it is a test",
}

var paths = []string{"/", "/about", "/blog", "/contact", "/missing"}

const delay = 100 * time.Millisecond

// ANCHOR: server
func serve(ln net.Listener) {
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay) // the slow network
		w.Header().Set("Content-Type", "text/plain")
		body, ok := site[r.URL.Path]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			body = "not found"
		}
		io.WriteString(w, body)
	})
	http.Serve(ln, handler)
}

// ANCHOR_END: server

type page struct {
	path   string
	status int
	body   string
	err    error
}

// ANCHOR: crawl
func fetch(base, path string) page {
	resp, err := http.Get(base + path)
	if err != nil {
		return page{path: path, err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return page{path: path, status: resp.StatusCode, body: string(body), err: err}
}

func crawl(base string, paths []string) []page {
	pages := make([]page, len(paths))
	var wg sync.WaitGroup
	for i, path := range paths {
		wg.Add(1)
		go func(i int, path string) {
			defer wg.Done()
			pages[i] = fetch(base, path)
		}(i, path)
	}
	wg.Wait()
	return pages
}

// ANCHOR_END: crawl

// ANCHOR: main
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go serve(ln)
	started := time.Now()
	pages := crawl("http://"+ln.Addr().String(), paths)
	took := time.Since(started)

	ok := 0
	for _, p := range pages {
		if p.err != nil {
			panic(p.err)
		}
		fmt.Printf("%s %d %d bytes: %s\n", p.path, p.status, len(p.body), p.body)
		if p.status == 200 {
			ok++
		}
	}
	fmt.Printf("fetched %d pages: %d ok, %d not found\n", len(pages), ok, len(pages)-ok)
	fmt.Fprintf(os.Stderr, "(took %d ms; one after another would take %d ms)\n",
		took.Milliseconds(), delay.Milliseconds()*int64(len(pages)))
}

// ANCHOR_END: main
