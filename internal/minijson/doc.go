// Package minijson reads and writes JSON without reflection, so that the
// WebAssembly module can do without encoding/json, which with the reflect,
// fmt and os packages it brings costs 1.3 MB of the module (300 KB gzip).
//
// Parse reads JSON into the values encoding/json makes of it for an any:
// nil, bool, float64, string, []any and map[string]any. An Encoder writes
// those, a few slices of them, and Marshaler values, byte for byte as
// json.Marshal does (keys of maps sorted; <, > and & escaped).
package minijson
