package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestOneSetOfBytes checks that the single file carries the very scripts
// and stylesheet the hosted site serves, in the same order: each asset is
// minified once, not again inside the single file's HTML. (The single
// file's page scripts come as text, run by a script of its own after the
// first paint.)
func TestOneSetOfBytes(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(dist(t, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	single, index := read("xigong-2015.html"), read("site/index.html")
	var inline [][]string
	for _, m := range regexp.MustCompile(`(?s)<script(?: type="text/x-later")?>(.*?)</script>`).FindAllStringSubmatch(single, -1) {
		if !strings.Contains(m[1], `script[type="text/x-later"]`) { // the single file's own runner
			inline = append(inline, m)
		}
	}
	linked := regexp.MustCompile(`<script src="([^"]+)"`).FindAllStringSubmatch(index, -1)
	if len(inline) == 0 || len(inline) != len(linked) {
		t.Fatalf("%d inline scripts in the single file, %d scripts in the hosted page; want as many, at least one", len(inline), len(linked))
	}
	for k, l := range linked {
		if got, want := inline[k][1], read(filepath.Join("site", l[1])); got != want {
			t.Errorf("the single file's script %d (%d bytes) differs from the hosted %s (%d bytes)", k, len(got), l[1], len(want))
		}
	}
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(single, -1)
	sheet := regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)"`).FindStringSubmatch(index)
	if len(style) == 0 || sheet == nil {
		t.Fatalf("%d inline styles in the single file, stylesheet link %q; want the page's style first and a link", len(style), sheet)
	}
	if got, want := style[0][1], read(filepath.Join("site", sheet[1])); got != want {
		t.Errorf("the single file's style (%d bytes) differs from the hosted %s (%d bytes)", len(got), sheet[1], len(want))
	}
}
