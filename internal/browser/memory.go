package browser

import (
	"context"
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
	byValue := true
	sum, err := chromedp.Call(ctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: `function() { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }`,
		ObjectID:            objs.Objects.ObjectID,
		ReturnByValue:       &byValue,
	})
	if err != nil {
		return Memory{}, err
	}
	var wasm float64
	if _, err := fmt.Sscan(string(sum.Result.Value), &wasm); err != nil {
		return Memory{}, fmt.Errorf("browser: reading WebAssembly memory: %w", err)
	}
	// The Go program's own count, after its own collection (xigong.heap).
	live, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{
		Expression:    `globalThis.xigong && xigong.heap ? JSON.parse(xigong.heap()).live || 0 : 0`,
		ReturnByValue: &byValue,
	})
	if err != nil {
		return Memory{}, err
	}
	var goLive float64
	if _, err := fmt.Sscan(string(live.Result.Value), &goLive); err != nil {
		return Memory{}, fmt.Errorf("browser: reading the Go program's live heap: %w", err)
	}
	return Memory{Heap: heap.UsedSize, Wasm: wasm, GoLive: goLive}, nil
}
