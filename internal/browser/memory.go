package browser

import (
	"context"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Memory is a page's JavaScript heap and its Go program's WebAssembly
// memory, in bytes.
type Memory struct{ Heap, Wasm float64 }

// ReadMemory collects garbage, then reads the used JavaScript heap of the
// page of ctx and the size of its Go program's memory, which lives in the
// program's Worker (web/boot.js's xigongGo.memory(); 0 for a page without
// Go). The Worker's own JavaScript heap, a few hundred kB of wasm_exec.js,
// is not counted.
func ReadMemory(ctx context.Context) (Memory, error) {
	if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		return Memory{}, err
	}
	heap, err := chromedp.Call(ctx, runtime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return Memory{}, err
	}
	wasm, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.xigongGo ? window.xigongGo.memory() : 0`, chromedp.EvalAwaitPromise))
	if err != nil {
		return Memory{}, err
	}
	return Memory{Heap: heap.UsedSize, Wasm: wasm}, nil
}
