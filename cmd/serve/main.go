// Command serve serves the hosted build on loopback with the Content-Security-
// Policy a strict news site would send, for trying it by hand.
//
//	go run ./cmd/serve -dir dist/site -addr 127.0.0.1:8015
package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"
)

// Policy is the strictest policy the hosted page works under.
const Policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'"

func main() {
	dir := flag.String("dir", "dist/site", "the folder to serve")
	addr := flag.String("addr", "127.0.0.1:8015", "the address to listen on")
	flag.Parse()
	files := http.FileServer(http.Dir(*dir))
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", Policy)
		files.ServeHTTP(w, r)
	})
	fmt.Printf("http://%s/\n", *addr)
	if err := http.ListenAndServe(*addr, h); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}
