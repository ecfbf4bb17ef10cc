package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fix applies to the zrender the build bundles (node_modules, as npm ci
// installs it from package-lock.json): each transform gets its own record,
// and no shared one is left.
func TestZrenderPointerFixApplies(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "node_modules", filepath.FromSlash(zrenderPointerFix.file)))
	if err != nil {
		t.Fatalf("reading the package npm ci installs: %v", err)
	}
	got, err := zrenderPointerFix.apply(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "saved.srcCoords") || strings.Count(got, "saved[transformerName + 'Src']") != 2 {
		t.Errorf("patched %s still shares saved.srcCoords, or lacks the two records of its own", zrenderPointerFix.file)
	}
}

func TestPatchRefusesOtherText(t *testing.T) {
	p := patch{file: "x/y.js", edits: []edit{{"a = 1;", "a = 2;"}}}
	tests := []struct {
		name, src, want, wantErr string
	}{
		{"once", "b; a = 1; c", "b; a = 2; c", ""},
		{"missing", "b; a = 3; c", "", "assemble: patching x/y.js: want one a = 1;, found 0"},
		{"twice", "a = 1; a = 1;", "", "assemble: patching x/y.js: want one a = 1;, found 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.apply(tt.src)
			errText := ""
			if err != nil {
				errText = err.Error()
			}
			if got != tt.want || errText != tt.wantErr {
				t.Errorf("apply(%q) = %q, %q; want %q, %q", tt.src, got, errText, tt.want, tt.wantErr)
			}
		})
	}
}
