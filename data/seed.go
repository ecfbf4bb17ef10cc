//go:build !(js && wasm)

package data

import _ "embed"

// The bundled files are embedded in host builds only. The WebAssembly module
// takes the targets from the page instead: embedding would link the embed,
// io/fs and time packages into it, 230 KB (50 KB gzip).

//go:embed targets.json
var seedJSON []byte

//go:embed plan.json
var planJSON []byte

// SeedJSON returns the bundled targets file of Xigong District, 2015.
func SeedJSON() []byte { return seedJSON }

// Seed parses the bundled targets file.
func Seed() (*Targets, error) { return Parse(seedJSON) }

// SeedPlan parses the bundled plan of Xigong District, 2015.
func SeedPlan() (*Plan, error) { return ParsePlan(planJSON) }
