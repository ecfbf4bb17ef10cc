//go:build js && wasm

package main

import "runtime"

// The page starts the program with GOGC=25 in its environment (see app.js):
// the heap's minimum goal is then 1 MiB instead of 4 MiB, which matters as
// WebAssembly memory, once grown, is never returned. Lower values do not
// help: the runtime lets the heap grow by its minimum sweep distance, 1 MiB,
// past the live heap anyway. (runtime/debug.SetGCPercent would bring in fmt
// and os.)
func main() {
	// No memory profile is ever read from the page: sampling allocations for
	// one only costs time on every call (docs/performance.md).
	runtime.MemProfileRate = 0
	register()
	select {} // serve calls from the page for the page's lifetime
}
