package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// countCalls counts the page's calls of xigong.set, peek and commit.
const countCalls = `(() => {
  const n = window.__calls = {set: 0, peek: 0, commit: 0};
  for (const name of Object.keys(n)) {
    const f = globalThis.xigong[name];
    globalThis.xigong[name] = (...args) => { n[name]++; return f(...args); };
  }
  return true;
})()`

// pageShows is everything the live state writes: the page's text, the
// sliders, the verdicts' classes and the charts' texts and labels.
const pageShows = `(() => {
  const out = [document.getElementById("page").textContent.replace(/\s+/g, " ")];
  for (const el of document.querySelectorAll("#controls input[type=range]")) out.push(el.id + "=" + el.value + " " + el.getAttribute("aria-valuetext"));
  for (const el of document.querySelectorAll(".verdict")) out.push(el.className);
  for (const c of ` + readCharts + `) out.push(c.id + ": " + c.text + " / " + c.label);
  return out.join("\n");
})()`

// A slider's next step is answered ahead (web/ahead.js): a key press makes
// no call of xigong.set, and the page it shows is the page its link opens
// (built whole by the Go program from the scenario). A move answered ahead
// is committed before any other call: a reset right after one puts back
// what it moved.
func TestMovesAnsweredAhead(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")
	open := func(url string) *page {
		p := newPage(t, 1280, 900)
		// Charts at once, not gliding: their texts are read after each move.
		if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
		}); err != nil {
			t.Fatal(err)
		}
		// Focus events, as in a window the reader is in (a headless tab
		// without focus has none).
		if _, err := chromedp.Call(p.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
			t.Fatal(err)
		}
		p.do(t, chromedp.Navigate(url))
		p.waitReady(t)
		settle(t, p)
		return p
	}
	p := open(url)
	atTargets := eval[string](t, p, pageShows)
	eval[bool](t, p, countCalls)
	peeks := 0
	// ready waits for the answers of the focused slider's two neighbours.
	ready := func() {
		t.Helper()
		peeks += 2
		eval[bool](t, p, `new Promise(r => { const f = () => window.__calls.peek >= `+strconv.Itoa(peeks)+` ? r(true) : setTimeout(f, 5); f(); })`)
	}
	for _, m := range []struct{ slider, key, want string }{
		{"gdp", kb.ArrowRight, "10.6"},
		{"gdp", kb.ArrowRight, "10.7"},
		{"gdp", kb.ArrowLeft, "10.6"},
		{"unemployment", kb.ArrowRight, "4.6"},
		{"population", kb.ArrowLeft, "6.6"},
		{"energy", kb.ArrowRight, "2.1"},
	} {
		p.do(t, chromedp.Focus("#s-"+m.slider))
		ready()
		p.do(t, chromedp.KeyEvent(m.key))
		if s := readState(t, p, m.slider); s.Value != m.want {
			t.Errorf("%s on %s: value %s; want %s", m.key, m.slider, s.Value, m.want)
		}
	}
	if n := eval[int](t, p, `window.__calls.set`); n != 0 {
		t.Errorf("the moves called xigong.set %d times; want 0 (each answered ahead)", n)
	}
	link := eval[string](t, p, `new Promise(r => setTimeout(() => r(location.href), 400))`)
	if want := url + "#v1:gdp=10.6,energy=2.1,unemployment=4.6,population=6.6"; link != want {
		t.Fatalf("address after the moves = %s; want %s", link, want)
	}
	got, want := eval[string](t, p, pageShows), eval[string](t, open(link), pageShows)
	if got != want {
		t.Errorf("after moves answered ahead the page shows\n%s\nwant (the page its link opens)\n%s", got, want)
	}

	// A step from the target, answered ahead, then at once a reset: the
	// reset must start from the step, or it would leave the step shown.
	p.do(t, chromedp.Focus("#s-revenue"))
	ready()
	eval[bool](t, p, `(() => {
  const el = document.getElementById("s-revenue");
  el.stepUp();
  el.dispatchEvent(new Event("input", {bubbles: true}));
  document.getElementById("reset").click();
  return true;
})()`)
	settle(t, p)
	if got := eval[string](t, p, pageShows); got != atTargets {
		t.Errorf("after a step answered ahead and a reset the page shows\n%s\nwant (at the targets)\n%s", got, atTargets)
	}
	if n := eval[int](t, p, `window.__calls.set`); n != 0 {
		t.Errorf("the step called xigong.set %d times; want 0 (answered ahead)", n)
	}
}
