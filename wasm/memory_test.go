//go:build js && wasm

package main

import (
	"runtime"
	"runtime/debug"
	"strconv"
	"syscall/js"
	"testing"
)

// The module does not sample its allocations (the linker turns memory
// profiling off in a program that never reads it); a test binary does, and
// the records of the samples would count as growth here.
func init() { runtime.MemProfileRate = 0 }

// TestMemoryStaysBounded makes 1,000 scenario changes through the exports,
// as the page does, and reports the memory the Go runtime holds from the
// system (in WebAssembly never returned). It fails when 1,000 more changes
// grow it again: growth past the first burst would be a leak.
func TestMemoryStaysBounded(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(25)) // as the page starts it: GOGC=25
	e := register()
	defer e.release()
	x := js.Global().Get("xigong")
	x.Call("init", "zh", "", seedJSON(t))
	burst := func() runtime.MemStats {
		for k := range 1000 {
			gdp := strconv.FormatFloat(float64(k%200)/10, 'f', 1, 64)
			x.Call("set", "["+gdp+",null,null,null,null,null,null,null,"+strconv.Itoa(k%10)+"]")
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m
	}
	var start runtime.MemStats
	runtime.ReadMemStats(&start)
	first := burst()
	second := burst()
	t.Logf("memory from the system: %d at the start, %d after 1,000 changes, %d after 2,000 (heap %d, %d, %d; GC metadata %d, %d, %d); %d bytes allocated a change",
		start.Sys, first.Sys, second.Sys, start.HeapSys, first.HeapSys, second.HeapSys, start.GCSys, first.GCSys, second.GCSys,
		(second.TotalAlloc-first.TotalAlloc)/1000)
	if second.Sys > first.Sys {
		t.Errorf("memory from the system grew from %d to %d bytes over the second 1,000 changes; want no growth", first.Sys, second.Sys)
	}
}
