// Package view builds what the page shows, as values: the HTML of the
// controls, the targets table and the source line (escaped, prerendered at
// build time and rebuilt in the browser when the language changes), and the
// live state (verdicts, summary, chart patches) after each scenario change.
//
// It is plain Go: the wasm glue only passes its JSON to the page, and the
// site builder writes its HTML into the page at build time.
package view

//go:generate go run xigong/cmd/jsongen
