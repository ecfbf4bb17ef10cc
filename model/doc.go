// Package model evaluates a scenario against the targets: which are met, by
// how much, and what the scenario implies (an illustrative projection
// computed from the rates alone).
package model
