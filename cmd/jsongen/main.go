// Command jsongen writes json_gen.go in the package of the current
// directory: the JSON code its types ask for (see package internal/jsongen).
// Packages run it with go generate:
//
//	//go:generate go run xigong/cmd/jsongen
package main

import (
	"fmt"
	"os"

	"xigong/internal/jsongen"
)

func main() {
	b, err := jsongen.Generate(".")
	if err == nil {
		err = os.WriteFile(jsongen.FileName, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
