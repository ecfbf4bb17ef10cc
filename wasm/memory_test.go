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

// TestMemoryStaysBounded makes three times 1,000 scenario changes through
// the exports, as the page does. A leak would grow the live heap with every
// change; the memory the runtime holds from the system (in WebAssembly never
// returned) grows in steps while its collector settles, and may take one more
// step after the first 1,000 changes. The test fails when the live heap
// (after a collection) grows by more than 8 bytes a change over the last
// 1,000, or the memory from the system by more than 128 bytes a change over
// the last 2,000.
func TestMemoryStaysBounded(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(25)) // as the page starts it: GOGC=25
	e := register()
	defer e.release()
	x := js.Global().Get("xigong")
	x.Call("init", "zh", "", seedJSON(t))
	type reading struct{ sys, gc, live, allocated uint64 }
	read := func() reading {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		r := reading{sys: m.Sys, gc: m.GCSys, allocated: m.TotalAlloc}
		runtime.GC()
		runtime.ReadMemStats(&m)
		r.live = m.HeapAlloc
		return r
	}
	burst := func() reading {
		for k := range 1000 {
			gdp := strconv.FormatFloat(float64(k%200)/10, 'f', 1, 64)
			x.Call("set", "["+gdp+",null,null,null,null,null,null,null,"+strconv.Itoa(k%10)+"]")
		}
		return read()
	}
	r := []reading{read(), burst(), burst(), burst()}
	t.Logf("after 0, 1,000, 2,000 and 3,000 changes: from the system %d, %d, %d, %d bytes (GC metadata %d, %d, %d, %d); live heap %d, %d, %d, %d; %d bytes allocated a change",
		r[0].sys, r[1].sys, r[2].sys, r[3].sys, r[0].gc, r[1].gc, r[2].gc, r[3].gc, r[0].live, r[1].live, r[2].live, r[3].live,
		(r[3].allocated-r[2].allocated)/1000)
	if r[3].live > r[2].live+8*1000 {
		t.Errorf("the live heap grew from %d to %d bytes over the last 1,000 changes; want at most 8 bytes a change", r[2].live, r[3].live)
	}
	if r[3].sys > r[1].sys+128*2000 {
		t.Errorf("memory from the system grew from %d to %d bytes over the last 2,000 changes; want at most 128 bytes a change", r[1].sys, r[3].sys)
	}
}

// heap collects garbage before it reads: 8 MB made and dropped just before
// the call do not count in the live heap, which the memory from the system
// holds.
func TestHeapExport(t *testing.T) {
	e := register()
	defer e.release()
	x := js.Global().Get("xigong")
	x.Call("init", "zh", "", seedJSON(t))
	garbage = make([]byte, 8<<20)
	garbage = nil
	var h struct {
		Live, Sys float64
		Error     string
	}
	call(t, &h, "heap")
	if h.Error != "" || h.Live <= 0 || h.Live >= 8<<20 || h.Sys < h.Live {
		t.Errorf("heap() = %+v; want a live heap of more than 0 and less than the 8 MB just dropped, within the memory from the system", h)
	}
}

// garbage is where TestHeapExport makes its garbage, out of the compiler's
// sight.
var garbage []byte
