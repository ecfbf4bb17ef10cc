//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains how to build the command when it is built for the host, so
// that go build ./... works everywhere.
func main() {
	fmt.Fprintln(os.Stderr, "wasm: build with GOOS=js GOARCH=wasm; see ./build.sh")
	os.Exit(2)
}
