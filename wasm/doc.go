// Command wasm is the browser glue: compiled to WebAssembly, it exposes the
// view package to the page as globalThis.xigong with three functions that
// take and return JSON strings, and touches nothing else of the page.
//
//	xigong.init(lang, fragment) → view.Live (the scenario of the URL fragment)
//	xigong.set(values)  → view.Live   (values: a JSON array, one number per indicator)
//	xigong.reset()      → view.Live
//	xigong.csv()        → {"csv": the current scenario as CSV}
//	xigong.load(file, options) → view.Loaded, or {"errors": [...]} (targets kept)
//
// Every call recovers panics and returns {"error": "..."} instead, which the
// page shows.
package main
