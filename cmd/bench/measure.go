package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"xigong/internal/browser"
)

// instrument records, for every scenario change, the time from the input
// event to the next charts-updated mark. It runs before the page's scripts.
//
// It also records the frame in which the last of the build's drawings of
// the charts (.drawn) is first in the document: that frame's paint shows
// them. It looks once a frame while the parser runs, not with a
// MutationObserver: delivering its records makes Chromium's parser yield
// and paint early, which would measure a page no reader gets (see
// docs/performance.md).
const instrument = `(() => {
  const b = window.__bench = {lat: [], t0: 0, marks: 0, drawn: -1};
  let seen = 0;
  const look = () => {
    const n = document.querySelectorAll(".drawn").length;
    if (n > seen) { seen = n; b.drawn = performance.now(); }
    if (document.readyState === "loading") requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  document.addEventListener("input", (e) => { b.t0 = e.timeStamp; }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== "charts-updated") continue;
      b.marks++;
      if (b.t0) { b.lat.push(e.startTime - b.t0); b.t0 = 0; }
    }
  }).observe({type: "mark"});
})();`

// reader is a reader who wants to move a slider from the moment the page
// starts: every 20 ms, once a slider of #controls is there and enabled, it
// moves the first one a step (up, then back down) and dispatches input,
// until a charts-updated mark says a move was answered: the first after
// its first move and after the page's live mark (the charts-updated of the
// page's own first state, which ours applies with moves queued behind it,
// answers no move). __reader.tried is the time of its first move,
// __reader.answered that mark's (ms since the navigation's start; -1 until
// then). It looks at nothing else: no
// DevTools call is made until it is answered but a Runtime.evaluate every
// 250 ms (firstAnswer).
const reader = `(() => {
  const r = window.__reader = {tried: -1, answered: -1};
  let live = -1;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === "live" && live < 0) live = e.startTime;
      if (e.name === "charts-updated" && live >= 0 && e.startTime > live && r.tried >= 0 && e.startTime >= r.tried && r.answered < 0) r.answered = e.startTime;
    }
  }).observe({type: "mark"});
  let up = true;
  const move = () => {
    if (r.answered >= 0) return;
    const s = document.querySelector("#controls input[type=range]:not(:disabled)");
    if (s) {
      if (r.tried < 0) r.tried = performance.now();
      s.value = String(+s.value + (up ? 1 : -1) * (+s.step || 1));
      up = !up;
      s.dispatchEvent(new Event("input", {bubbles: true}));
    }
    setTimeout(move, 20);
  };
  setTimeout(move, 20);
})();`

// firstAnswer loads url in a fresh browser with the CPU slowed down rate
// times, with the reader moving a slider from the start, and returns the
// time of the reader's first move and of the page's first answer.
func firstAnswer(url string, rate float64) (tried, answered float64, err error) {
	s, err := load(url, rate, reader, `window.__reader && window.__reader.answered >= 0`, 250*time.Millisecond)
	if err != nil {
		return 0, 0, err
	}
	defer s.close()
	r, err := eval[struct{ Tried, Answered float64 }](s, `({Tried: window.__reader.tried, Answered: window.__reader.answered})`)
	return r.Tried, r.Answered, err
}

// soak makes 1,000 scenario changes, one task each, each once the one
// before is applied, with a fixed
// pseudo-random sequence; it returns how many updates the page applied (as
// counted by instrument: the page keeps only the latest mark).
const soak = `(async () => {
  const sliders = [...document.querySelectorAll("#controls input[type=range]")];
  let seed = 42;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const before = window.__bench.marks;
  for (let k = 0; k < 1000; k++) {
    const s = sliders[k % sliders.length], min = +s.min, max = +s.max, step = +s.step;
    s.value = String(min + Math.round(rnd() * (max - min) / step) * step);
    s.dispatchEvent(new Event("input", {bubbles: true}));
    // The change applied (ours may wait for the Go program), then a task.
    while (document.documentElement.dataset.updating) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
  }
  await new Promise((r) => setTimeout(r, 50)); // the observer reports asynchronously
  return window.__bench.marks - before;
})()`

// session is one fresh browser with one page loaded.
type session struct {
	ctx    context.Context
	cancel context.CancelFunc
	dir    string
}

// open starts a fresh browser (cold caches), with the command-line flags
// given, and loads url, waiting for the page contract's data-ready and
// interactive mark.
func open(url string, flags ...chromedp.ExecAllocatorOption) (*session, error) {
	return openAt(url, 1, flags...)
}

// openAt is open with the CPU slowed down rate times (Chromium's CPU
// throttling; 4 is Lighthouse's preset for a phone).
func openAt(url string, rate float64, flags ...chromedp.ExecAllocatorOption) (*session, error) {
	return load(url, rate, instrument, `document.documentElement.dataset.ready === "true" && performance.getEntriesByName("interactive").length > 0`, 10*time.Millisecond, flags...)
}

// load starts a fresh browser (cold caches) with the CPU slowed down rate
// times, runs script in the page before its own, loads url and waits,
// asking every interval, until done is true.
func load(url string, rate float64, script, done string, interval time.Duration, flags ...chromedp.ExecAllocatorOption) (*session, error) {
	dir, err := os.MkdirTemp("", "xigong-bench-")
	if err != nil {
		return nil, err
	}
	ctx, cancel := browser.New(dir, 1280, 900, append(flags, chromedp.Flag("enable-precise-memory-info", true))...)
	s := &session{ctx: ctx, cancel: cancel, dir: dir}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
		s.close()
		return nil, fmt.Errorf("bench: instrumenting: %w", err)
	}
	if err := quiet(ctx); err != nil {
		s.close()
		return nil, err
	}
	// A reader's window has the focus: its elements get focus events, which
	// a headless tab does not send unless asked (the page looks ahead on a
	// slider that takes the keyboard's focus: web/ahead.js).
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		s.close()
		return nil, fmt.Errorf("bench: focus: %w", err)
	}
	if rate > 1 {
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate}); err != nil {
			s.close()
			return nil, fmt.Errorf("bench: throttling: %w", err)
		}
	}
	tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
	defer tcancel()
	err = chromedp.Do(tctx, chromedp.Navigate(url))
	if err == nil {
		_, err = chromedp.Run(tctx, chromedp.Poll[bool](done, chromedp.WithPollingInterval(interval)))
	}
	if err != nil {
		s.close()
		return nil, fmt.Errorf("bench: loading %s: %w", url, err)
	}
	return s, nil
}

// quiet turns off two of the DevTools agents chromedp turns on in every
// tab, which the benchmark does not use and a reader's browser never runs:
// the Network agent keeps a decoded copy of every response (a trace: 5 ms
// of the page's thread decoding our 1.8 MB single file again, before its
// first frame), the CSS agent follows every style sheet. The DOM agent
// stays: chromedp finds the sliders with it.
func quiet(ctx context.Context) error {
	for _, agent := range []struct {
		name string
		off  cdp.Command[cdp.Empty, cdp.Empty]
	}{{"Network", network.Disable}, {"CSS", css.Disable}} {
		if _, err := chromedp.Call(ctx, agent.off, cdp.Empty{}); err != nil {
			return fmt.Errorf("bench: turning off the %s agent: %w", agent.name, err)
		}
	}
	return nil
}

func (s *session) close() {
	s.cancel()
	for range 50 { // Chromium's children may still write for a moment
		if os.RemoveAll(s.dir) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func eval[T any](s *session, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(s.ctx, 120*time.Second)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// mark returns the time of the first mark (or paint entry, such as
// "first-contentful-paint") of that name, in ms since navigation start, or
// an error when there is none.
func (s *session) mark(name string) (float64, error) {
	v, err := eval[float64](s, `(performance.getEntriesByName("`+name+`")[0] || {startTime: -1}).startTime`)
	if err == nil && v < 0 {
		err = errors.New("bench: no " + name + " mark")
	}
	return v, err
}

// interact presses ArrowRight three times and ArrowLeft three times on every
// slider (the moves), then PageUp and PageDown (the jumps: a tenth of the
// range, which no page has an answer ready for), letting the update end and
// two frames pass after each press, and returns the latencies of the moves
// and of the jumps.
func (s *session) interact() (moves, jumps []float64, err error) {
	ids, err := eval[[]string](s, `[...document.querySelectorAll("#controls input[type=range]")].map(e => "#" + e.id)`)
	if err != nil {
		return nil, nil, err
	}
	// After each press: its update applied, then two frames.
	frames := chromedp.Evaluate[chromedp.Void](`new Promise(r => { const f = () => document.documentElement.dataset.updating ? setTimeout(f, 1) : requestAnimationFrame(() => requestAnimationFrame(() => r())); f(); })`, chromedp.EvalAwaitPromise)
	keys := []string{kb.ArrowRight, kb.ArrowRight, kb.ArrowRight, kb.ArrowLeft, kb.ArrowLeft, kb.ArrowLeft, kb.PageUp, kb.PageDown}
	const nMoves = 6 // the arrows
	for _, id := range ids {
		steps := []chromedp.Action[chromedp.Void]{chromedp.Focus(id)}
		for _, k := range keys {
			steps = append(steps, chromedp.KeyEvent(k), frames)
		}
		if err := chromedp.Do(s.ctx, steps...); err != nil {
			return nil, nil, err
		}
	}
	lat, err := eval[[]float64](s, `window.__bench.lat`)
	if err == nil && len(lat) != len(keys)*len(ids) {
		err = fmt.Errorf("bench: %d updates for %d key presses", len(lat), len(keys)*len(ids))
	}
	if err != nil {
		return nil, nil, err
	}
	for i, l := range lat {
		if i%len(keys) < nMoves {
			moves = append(moves, l)
		} else {
			jumps = append(jumps, l)
		}
	}
	return moves, jumps, nil
}

// memory reads the page's memory (see browser.Memory).
func (s *session) memory() (browser.Memory, error) { return browser.ReadMemory(s.ctx) }

// version returns the browser's product and version.
func (s *session) version() string {
	v, err := eval[string](s, `navigator.userAgent.match(/(Headless)?Chrome\/[\d.]+/)[0]`)
	if err != nil {
		return "unknown"
	}
	return v
}

// phases are the times a reader waits for on loading a page: its first
// paint of content; the first paint of the charts (the build's drawings:
// the first paint once the parser has added them; a page without drawings,
// its live charts drawn); its live charts drawn (charts-ready); its sliders
// taking changes (interactive); and its first answer to a change (live).
type phases struct{ paint, chartsPaint, charts, interactive, live float64 }

func (s *session) phases() (phases, error) {
	var p phases
	// The first paint may come after the marks (the reference paints once
	// its script has drawn), and the first answer after interactive.
	_, err := chromedp.Run(s.ctx, chromedp.Poll[bool](`performance.getEntriesByName("first-contentful-paint").length > 0 && performance.getEntriesByName("live").length > 0`, chromedp.WithPollingInterval(10*time.Millisecond)))
	if err != nil {
		return p, err
	}
	for _, m := range []struct {
		name string
		to   *float64
	}{{"first-contentful-paint", &p.paint}, {"charts-ready", &p.charts}, {"interactive", &p.interactive}} {
		if err == nil {
			*m.to, err = s.mark(m.name)
		}
	}
	if err != nil {
		return p, err
	}
	if p.live, err = s.mark("live"); err != nil {
		return p, err
	}
	drawn, err := eval[float64](s, `window.__bench.drawn`)
	switch {
	case err != nil:
	case drawn < 0:
		p.chartsPaint = p.charts
	default:
		p.chartsPaint = math.Max(p.paint, drawn)
	}
	return p, err
}
