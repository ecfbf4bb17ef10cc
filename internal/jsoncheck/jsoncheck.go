// Package jsoncheck lets tests check that package minijson, which writes the
// WebAssembly module's JSON, writes a value as encoding/json does.
package jsoncheck

import (
	"encoding/json"
	"testing"

	"xigong/internal/minijson"
)

// Same fails t unless minijson.Marshal(v) equals json.Marshal(v).
func Same(t *testing.T, v any) {
	t.Helper()
	got, err := minijson.Marshal(v)
	if err != nil {
		t.Fatalf("minijson.Marshal() error: %v", err)
	}
	want, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		n := 0
		for n < len(got) && n < len(want) && got[n] == want[n] {
			n++
		}
		from := max(0, n-100)
		t.Errorf("minijson.Marshal() differs from json.Marshal() at byte %d:\n got …%.300s\nwant …%.300s", n, got[from:], want[from:])
	}
}
