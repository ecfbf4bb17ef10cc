package e2e

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestOneSetOfBytes checks that the single file carries the very scripts
// and stylesheet the hosted site serves, in the same order: each asset is
// minified once, not again inside the single file's HTML. (The single
// file's page scripts come as text, all but the first compressed, run by a
// script of its own after the first paint.)
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
	for _, m := range regexp.MustCompile(`(?s)<script(?: type="(text/x-later(?:-gzip)?)")?>(.*?)</script>`).FindAllStringSubmatch(single, -1) {
		switch {
		case strings.Contains(m[2], `window.xigongLater=`): // the single file's own runner (web/later.js)
		case m[1] == "text/x-later-gzip":
			inline = append(inline, []string{m[0], gunzip(t, m[2])})
		default:
			inline = append(inline, []string{m[0], m[2]})
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

// gunzip returns the text of a script the single file carries gzipped and
// base64-encoded.
func gunzip(t *testing.T, b64 string) string {
	t.Helper()
	gz, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
