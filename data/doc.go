// Package data holds the 2015 targets of Xigong District as printed in the
// seed newspaper page and the plan behind them (the strategies, goals, levers
// and tasks the page lays out), and parses and validates files of the same
// schemas.
//
// Every number in targets.json is either quoted from the seed (value) or is a
// declared assumption of this tool (tolerance of "左右", the scenario ranges of
// the sliders); the page labels the latter as such. Every sentence in
// plan.json is quoted from the seed; the English is a translation.
//
// The files are embedded in host builds only (seed.go): the WebAssembly
// module gets the targets from the page.
package data

//go:generate go run xigong/cmd/jsongen
