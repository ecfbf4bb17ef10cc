package main

import (
	"bytes"
	"os"
	"testing"
)

// TestConstantsFresh fails when web/constants.js is not what generate
// writes from the Go constants now.
func TestConstantsFresh(t *testing.T) {
	got, err := os.ReadFile("../../web/constants.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("web/constants.js =\n%s\nwant (go generate ./cmd/jsconst, then review the diff)\n%s", got, want)
	}
}
