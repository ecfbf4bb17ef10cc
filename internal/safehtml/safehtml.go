// Package safehtml is HTML that is safe by construction, after the idea of
// github.com/google/safehtml sized to this project. An HTML value is made
// only by escaping text (Text), by filling a template the program spells
// itself, a string constant, with HTML values (Fill, Const, a Builder), or
// by Reviewed, for markup from a producer that escapes on its own (named at
// each call). A plain string cannot reach a page unescaped: where HTML is
// wanted the compiler refuses a string, and a template cannot be a string
// variable.
package safehtml

import (
	"strings"

	"xigong/internal/minijson"
	"xigong/internal/tmpl"
)

// HTML is markup safe to put in a page: as element content, or inside a
// quoted attribute value. Its zero value is the empty fragment.
type HTML struct{ s string }

// constant is the type of templates. It is unexported, so that outside this
// package only an untyped string constant converts to it: a template read
// from data, or built at run time, does not compile.
type constant string

// escaper escapes the five characters that matter in HTML text and quoted
// attribute values, as html.EscapeString does (not the html package: its
// table of 2,000 entities, built when the WebAssembly module starts, costs
// 20 kB gzip).
var escaper = strings.NewReplacer(`&`, "&amp;", `'`, "&#39;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;")

// Text is s as HTML text: every character that could start markup escaped.
func Text(s string) HTML { return HTML{escaper.Replace(s)} }

// Const is a fixed fragment of markup spelled in the program.
func Const(markup constant) HTML { return HTML{string(markup)} }

// Fill replaces the verbs %s of template, in order, with args (see
// tmpl.Fill: other % signs stay, and what args insert is not read again).
// Every argument is HTML already: text goes in through Text.
func Fill(template constant, args ...HTML) HTML {
	ss := make([]string, len(args))
	for i, a := range args {
		ss[i] = a.s
	}
	return HTML{tmpl.Fill(string(template), ss...)}
}

// Reviewed is markup from a producer that escapes what it writes; its
// second argument says why it is safe, for the reviewer of each call. It is
// the one way in for markup this package did not make.
func Reviewed(markup string, _ constant) HTML { return HTML{markup} }

// String returns the markup.
func (h HTML) String() string { return h.s }

// EncodeJSON writes the markup as a JSON string.
func (h HTML) EncodeJSON(e *minijson.Encoder) { e.String(h.s) }

// MarshalText is the markup, so that encoding/json writes it as EncodeJSON
// does (the build and the tests use encoding/json).
func (h HTML) MarshalText() ([]byte, error) { return []byte(h.s), nil }

// ReplaceOnce replaces the one place of old in h by repl; it reports false,
// with h unchanged, unless old occurs exactly once.
func (h HTML) ReplaceOnce(old, repl HTML) (HTML, bool) {
	if old.s == "" || strings.Count(h.s, old.s) != 1 {
		return h, false
	}
	return HTML{strings.Replace(h.s, old.s, repl.s, 1)}, true
}

// A Builder puts fragments of HTML one after another.
type Builder struct{ b strings.Builder }

// Add appends fragments.
func (b *Builder) Add(hs ...HTML) {
	for _, h := range hs {
		b.b.WriteString(h.s)
	}
}

// Len is the length of the markup built so far, in bytes.
func (b *Builder) Len() int { return b.b.Len() }

// HTML returns the markup built.
func (b *Builder) HTML() HTML { return HTML{b.b.String()} }

// Join puts parts one after another with sep between them.
func Join(parts []HTML, sep HTML) HTML {
	var b Builder
	for i, p := range parts {
		if i > 0 {
			b.Add(sep)
		}
		b.Add(p)
	}
	return b.HTML()
}
