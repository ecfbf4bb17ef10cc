package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// missedBar reads the path of the growth chart's missed scenario bar (the
// bars of missed targets are orange and hatched), right after a change and
// 600 ms later, with the patterns the chart defines.
const missedBar = `new Promise(r => {
  const read = () => [...document.querySelectorAll("#chart-growth path")].filter(p => p.getAttribute("fill") === "#D55E00").map(p => p.getAttribute("d")).join(";");
  const now = read();
  setTimeout(() => r([now, read(), String(document.querySelectorAll("#chart-growth pattern").length),
    String([...document.querySelectorAll("#chart-growth path")].filter(p => (p.getAttribute("fill") || "").startsWith("url(#")).length)]), 600);
})`

// A missed target is shown by a hatch as well as by colour, and the bars
// move at once when the reader asks for reduced motion (and glide
// otherwise); keyboard focus is visible.
func TestAccessibleMarksAndMotion(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")
	for _, motion := range []string{"reduce", "no-preference"} {
		t.Run(motion, func(t *testing.T) {
			p := newPage(t, 1200, 900)
			if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: motion}},
			}); err != nil {
				t.Fatal(err)
			}
			p.do(t, chromedp.Navigate(url+"#v1:gdp=9"))
			p.waitReady(t)
			p.do(t, chromedp.Focus("#s-gdp"), chromedp.KeyEvent(kb.ArrowLeft))
			settle(t, p)
			got := eval[[]string](t, p, missedBar)
			if got[0] == "" || got[2] == "0" || got[3] == "0" {
				t.Errorf("missed GDP bar %q, %s patterns, %s hatched paths; want an orange bar and a hatch", got[0], got[2], got[3])
			}
			if moved := got[0] != got[1]; moved != (motion == "no-preference") {
				t.Errorf("with prefers-reduced-motion: %s the bar moved after the change: %v; want %v", motion, moved, motion == "no-preference")
			}
		})
	}

	t.Run("keyboard focus is visible", func(t *testing.T) {
		p := newPage(t, 1200, 900)
		p.do(t, chromedp.Navigate(url))
		p.waitReady(t)
		p.do(t, chromedp.Focus("#lang-switch"), chromedp.KeyEvent(kb.Tab))
		got := eval[string](t, p, `(() => { const s = getComputedStyle(document.activeElement); return document.activeElement.tagName + " " + s.outlineStyle + " " + s.outlineWidth; })()`)
		if !strings.HasSuffix(got, "solid 3px") {
			t.Errorf("the element focused by Tab, its outline: %q; want a 3px solid outline", got)
		}
	})
}
