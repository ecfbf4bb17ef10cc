// Command serve serves the hosted build on loopback with the Content-Security-
// Policy a strict news site would send (site.HostPolicy), for trying it by
// hand.
//
//	go run ./cmd/serve -dir dist/site -addr 127.0.0.1:8015
package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"

	"xigong/site"
)

func main() {
	dir := flag.String("dir", "dist/site", "the folder to serve")
	addr := flag.String("addr", "127.0.0.1:8015", "the address to listen on")
	flag.Parse()
	fmt.Printf("http://%s/\n", *addr)
	if err := http.ListenAndServe(*addr, site.Handler(*dir, site.HostPolicy)); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}
