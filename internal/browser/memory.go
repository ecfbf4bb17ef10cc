package browser

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Memory is a page's JavaScript heap and WebAssembly memory, in bytes, and
// the live heap of its Go program (0 in a page without one).
type Memory struct{ Heap, Wasm, GoLive float64 }

// ReadMemory collects garbage, then reads the used JavaScript heap, the
// size of every WebAssembly.Memory in the page of ctx and the live heap of
// its Go program.
func ReadMemory(ctx context.Context) (Memory, error) {
	if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		return Memory{}, err
	}
	heap, err := chromedp.Call(ctx, runtime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return Memory{}, err
	}
	proto, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: "WebAssembly.Memory.prototype"})
	if err != nil {
		return Memory{}, err
	}
	objs, err := chromedp.Call(ctx, runtime.QueryObjects, runtime.QueryObjectsParams{PrototypeObjectID: proto.Result.ObjectID})
	if err != nil {
		return Memory{}, err
	}
	// The sizes of the WebAssembly memories, and the Go program's own count
	// of its live heap, after its own collection (xigong.heap).
	byValue := true
	res, err := chromedp.Call(ctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: `function() {
  return [this.reduce((n, m) => n + m.buffer.byteLength, 0), globalThis.xigong && xigong.heap ? JSON.parse(xigong.heap()).live || 0 : 0];
}`,
		ObjectID:      objs.Objects.ObjectID,
		ReturnByValue: &byValue,
	})
	if err != nil {
		return Memory{}, err
	}
	var sizes [2]float64
	if err := json.Unmarshal(res.Result.Value, &sizes); err != nil {
		return Memory{}, fmt.Errorf("browser: reading WebAssembly memory and the Go program's live heap: %w", err)
	}
	return Memory{Heap: heap.UsedSize, Wasm: sizes[0], GoLive: sizes[1]}, nil
}
