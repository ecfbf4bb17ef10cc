// Command wasm is the browser glue: compiled to WebAssembly, it exposes the
// view package to the page as globalThis.xigong with eight functions that
// take and return JSON strings, and touches nothing else of the page.
//
//	xigong.init(lang, fragment, targets) → view.Live (the scenario of the URL fragment, for the targets file)
//	xigong.set(values)  → view.Live   (values: a JSON array, one number per indicator)
//	xigong.peek(values) → view.Live   (as set, but the scenario stays: see view.App.Peek)
//	xigong.commit(values) → {}        (the scenario becomes values, as set makes it, with no answer)
//	xigong.reset()      → view.Live
//	xigong.csv()        → {"csv": the current scenario as CSV}
//	xigong.load(file, skeletons) → view.Loaded, or {"errors": [...]} in the page's language (targets kept)
//	xigong.read(text, year, region) → {html, file, year}: a report's words read (package reading), or {html, message}
//
// Every call recovers panics and returns {"error": "..."} instead, which the
// page shows.
package main
