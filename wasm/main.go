//go:build js && wasm

package main

// The page starts the program with GOGC=25 in its environment (see app.js):
// the runtime then collects sooner than at its default of 100, as the live
// heap is small and WebAssembly memory, once grown, is never returned.
// (runtime/debug.SetGCPercent would bring in fmt and os.)
func main() {
	register()
	select {} // serve calls from the page for the page's lifetime
}
