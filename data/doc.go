// Package data holds the 2015 targets of Xigong District as printed in the
// seed newspaper page, and parses and validates target files of the same
// schema.
//
// Every number in targets.json is either quoted from the seed (value) or is a
// declared assumption of this tool (tolerance of "左右", the scenario ranges of
// the sliders); the page labels the latter as such.
package data
