package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// watchLayoutReads records every read of a computed style or of a layout
// box (which makes the browser bring styles or layout up to date at once,
// in the middle of a change) made between a slider's input and the
// charts-updated mark that ends the change, and counts the changes ended.
const watchLayoutReads = `(() => {
  const w = window.__reads = {moves: 0, reads: []};
  let on = false;
  document.addEventListener("input", () => { on = true; }, true);
  const mark = performance.mark;
  performance.mark = function (name, ...rest) {
    if (name === "charts-updated" && on) { on = false; w.moves++; }
    return mark.call(this, name, ...rest);
  };
  const wrap = (proto, name) => {
    let o = proto;
    while (o && !Object.getOwnPropertyDescriptor(o, name)) o = Object.getPrototypeOf(o);
    const d = Object.getOwnPropertyDescriptor(o, name);
    const f = d.get || d.value;
    const g = function (...args) {
      if (on) w.reads.push(name + ": " + new Error().stack.split("\n").slice(2, 5).map((s) => s.trim()).join(" < "));
      return f.apply(this, args);
    };
    Object.defineProperty(o, name, d.get ? {...d, get: g} : {...d, value: g});
  };
  wrap(window, "getComputedStyle");
  for (const n of ["getBoundingClientRect", "getClientRects", "clientWidth", "clientHeight", "scrollWidth", "scrollHeight", "scrollTop"]) wrap(Element.prototype, n);
  for (const n of ["offsetWidth", "offsetHeight", "offsetTop", "offsetLeft", "innerText"]) wrap(HTMLElement.prototype, n);
  return true;
})()`

// A change reads no style and no layout before its charts are updated: the
// browser works them out once, for the frame that shows it. ECharts reads
// the chart box's computed position at every update unless it is told
// where the chart's tooltip goes (charts.tooltipIn), which made the
// browser recompute the page's styles in the middle of every move.
func TestMovesReadNoLayout(t *testing.T) {
	for _, size := range []struct {
		name          string
		width, height int
	}{{"desktop", 1280, 900}, {"phone", 360, 780}} {
		t.Run(size.name, func(t *testing.T) {
			p := newPage(t, size.width, size.height)
			// Focus events, as in a window the reader is in: the first moves
			// are answered ahead (web/ahead.js), a jump asks the Go program.
			if _, err := chromedp.Call(p.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
				t.Fatal(err)
			}
			p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
			p.waitReady(t)
			settle(t, p)
			eval[bool](t, p, watchLayoutReads)
			moves := 0
			for _, m := range []struct{ slider, key string }{
				{"gdp", kb.ArrowRight},         // the growth chart and the projection
				{"gdp", kb.PageUp},             // a jump: asked when it comes
				{"unemployment", kb.ArrowLeft}, // a cap
				{"energy", kb.ArrowRight},
			} {
				p.do(t, chromedp.Focus("#s-"+m.slider))
				eval[bool](t, p, `new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true), 50)))`)
				p.do(t, chromedp.KeyEvent(m.key))
				settle(t, p)
				moves++
			}
			if n := eval[int](t, p, `window.__reads.moves`); n != moves {
				t.Fatalf("%d changes ended with charts-updated; want %d (one a key press)", n, moves)
			}
			if reads := eval[[]string](t, p, `window.__reads.reads`); len(reads) > 0 {
				t.Errorf("%d moves read styles or layout %d times before their charts were updated; want none:\n%s", moves, len(reads), strings.Join(reads, "\n"))
			}
		})
	}
}
