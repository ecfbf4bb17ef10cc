package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"xigong/data"
	"xigong/view"
)

// drawing is what a test reads of one chart box's drawing by the build.
type drawing struct {
	ID     string     `json:"id"`
	Shown  []int      `json:"shown"`  // indexes (w0, w1, …) of the SVGs displayed
	Texts  [][]string `json:"texts"`  // each SVG's texts, in order
	Width  float64    `json:"width"`  // the box
	Height float64    `json:"height"` // the box
}

const readDrawings = `[...document.querySelectorAll(".chart-box")].filter(el => el.querySelector(".drawn") && el.getClientRects().length > 0).map(el => {
  const svgs = [...el.querySelectorAll(".drawn > svg")];
  const r = el.getBoundingClientRect();
  return {
    id: el.id.replace("chart-", ""),
    shown: svgs.map((s, i) => getComputedStyle(s).display !== "none" && s.getBoundingClientRect().height > 0 ? i : -1).filter(i => i >= 0),
    texts: svgs.map(s => [...s.querySelectorAll("text")].map(t => t.textContent)),
    width: r.width, height: r.height,
  };
})`

// squash removes white space, so that a name the chart breaks over lines
// reads as one.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// seedTargets are the bundled targets.
func seedTargets(t *testing.T) *data.Targets {
	t.Helper()
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// TestChartsWithoutJavaScript: with scripts off, the single file (its
// English by its language switch, #en) and the hosted page in each
// language show all four charts as the build drew them,
// one drawing a box, with every growth target's name and both values and
// each cap's line and value.
func TestChartsWithoutJavaScript(t *testing.T) {
	ts := seedTargets(t)
	srv := serveSite(t, "")
	for _, tc := range []struct {
		name, url, lang string
	}{
		{"single file", "file://" + dist(t, "xigong-2015.html"), "zh"},
		{"single file in English", "file://" + dist(t, "xigong-2015.html") + "#en", "en"}, // its language switch without JavaScript
		{"hosted", srv.URL + "/", "zh"},
		{"hosted in English", srv.URL + "/en.html", "en"},
	} {
		for _, width := range []int{1280, 360} {
			t.Run(fmt.Sprintf("%s at %d", tc.name, width), func(t *testing.T) {
				p := newPage(t, width, 900)
				if _, err := chromedp.Call(p.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
					t.Fatal(err)
				}
				p.do(t, chromedp.Navigate(tc.url))
				got := eval[[]drawing](t, p, readDrawings)
				if len(got) != 4 {
					t.Fatalf("%d charts drawn; want 4", len(got))
				}
				all := ""
				for _, d := range got {
					if len(d.Shown) != 1 {
						t.Errorf("%s: drawings %v shown; want one", d.ID, d.Shown)
						continue
					}
					all += "|" + squash(strings.Join(d.Texts[d.Shown[0]], "|"))
				}
				var want []string
				for _, in := range ts.Indicators {
					want = append(want, squash(in.Name.In(tc.lang)))
				}
				want = append(want, "✓10.5%", "✓19.0%", "✓2.0%", "4.5%", "6.7‰")
				if tc.lang == "zh" {
					want = append(want, "目标10.5%", "上限4.5%", "上限6.7‰")
				} else {
					want = append(want, "Target10.5%", "cap4.5%", "cap6.7‰")
				}
				for _, w := range want {
					if !strings.Contains(strings.ReplaceAll(all, "|", ""), w) {
						t.Errorf("the drawings lack %q: %.400q", w, all)
					}
				}
				if sliders := eval[int](t, p, `[...document.querySelectorAll(".slider, #reset")].filter(e => e.offsetHeight > 0).length`); sliders != 0 {
					t.Errorf("%d dead sliders or buttons shown; want none", sliders)
				}
				if rows := eval[int](t, p, `[...document.querySelectorAll("#targets-table tbody tr")].filter(r => r.offsetHeight > 0).length`); rows != 10 {
					t.Errorf("%d rows of the targets table shown; want 10", rows)
				}
				if title := eval[string](t, p, `[...document.querySelectorAll("#title")].find(e => e.offsetHeight > 0).textContent`); title != ts.Title.In(tc.lang) {
					t.Errorf("the title shown reads %q; want %q", title, ts.Title.In(tc.lang))
				}
				if source := eval[string](t, p, `[...document.querySelectorAll("#source")].find(e => e.offsetHeight > 0).innerText`); !strings.Contains(source, "闵敏") {
					t.Errorf("the source line reads %.80q; want it with its credit", source)
				}
			})
		}
	}
}

// The page records the drawings as the parser adds them and every layout
// shift, before any script of its own runs.
const watchDrawings = `(() => {
  window.__drawn = {shifts: 0, boxes: null};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { window.__drawn.shifts += e.value; (window.__drawn.src = window.__drawn.src || []).push(...(e.sources || []).map(s => (s.node && (s.node.id || s.node.className || s.node.nodeName)) + ":" + JSON.stringify(s.previousRect) + "->" + JSON.stringify(s.currentRect))); }
  }).observe({type: "layout-shift", buffered: true});
  document.addEventListener("DOMContentLoaded", () => { window.__drawn.boxes = ` + readDrawings + `; });
})();`

// TestLiveChartsReplaceDrawings: with scripts on, each live chart draws the
// same texts as the build's drawing for its box, in a box of the same size,
// and nothing on the page shifts.
func TestLiveChartsReplaceDrawings(t *testing.T) {
	for _, width := range []int{1280, 360} {
		for _, lang := range []string{"zh", "en"} {
			t.Run(fmt.Sprintf("%s at %d", lang, width), func(t *testing.T) {
				p := newPage(t, width, 900)
				if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: watchDrawings}); err != nil {
					t.Fatal(err)
				}
				p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"?lang="+lang))
				p.waitReady(t)
				eval[bool](t, p, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
				before := eval[[]drawing](t, p, `window.__drawn.boxes`)
				if lang == "en" {
					// The English page is swapped in by the script: its drawings
					// are what the swap put in.
					before = nil
				}
				live := readChartsBy(t, p)
				if len(live) != 4 {
					t.Fatalf("%d live charts; want 4", len(live))
				}
				if left := eval[int](t, p, `document.querySelectorAll(".drawn").length`); left != 0 {
					t.Errorf("%d drawings left under the live charts; want none", left)
				}
				for _, d := range before {
					box := eval[[]float64](t, p, `(() => { const r = document.getElementById("chart-`+d.ID+`").getBoundingClientRect(); return [r.width, r.height]; })()`)
					if box[0] != d.Width || box[1] != d.Height {
						t.Errorf("%s: box %v × %v before the live chart, %v × %v after; want the same", d.ID, d.Width, d.Height, box[0], box[1])
					}
					i := drawnFor(d.ID, box[0])
					if int(box[0]) != view.DrawnSizes(seedTargets(t), d.ID)[i].Width {
						continue // drawn at another width: the texts may wrap otherwise
					}
					drawn := slices.Sorted(slices.Values(d.Texts[i]))
					lv := slices.Sorted(slices.Values(strings.Split(live[d.ID].Text, "|")))
					if !slices.Equal(drawn, lv) {
						t.Errorf("%s: the live chart draws %q; the build drew %q", d.ID, lv, drawn)
					}
				}
				if shift := eval[float64](t, p, `window.__drawn.shifts`); shift != 0 {
					t.Errorf("layout shift %.4f on load; want 0: %v", shift, eval[[]string](t, p, `window.__drawn.src`))
				}
			})
		}
	}
}

// drawnFor is the index of the drawing view.DrawnStyle shows in a box of
// width w.
func drawnFor(id string, w float64) int {
	sizes := view.DrawnSizes(&data.Targets{}, id) // its widths, the same for any targets
	i := 0
	for k := 1; k < len(sizes); k++ {
		from := sizes[k].Width
		if k == 1 {
			from = view.Narrow + 1
		}
		if w >= float64(from) {
			i = k
		}
	}
	return i
}

// TestOneChartFromTheFirstPaint: a page asked for one chart (as an embed's
// frame is) shows that chart alone, as drawn by the build, before its
// scripts have drawn anything (as soon as the page's content is parsed, its
// scripts not yet run): first.js and CSS alone.
func TestOneChartFromTheFirstPaint(t *testing.T) {
	srv := serveSite(t, "")
	for _, tc := range []struct{ name, url, chart, sliders string }{
		{"single file, growth", "file://" + dist(t, "xigong-2015.html") + "?chart=growth", "growth", "8"},
		{"hosted, a cap without controls", srv.URL + "/?chart=unemployment&controls=0", "unemployment", "0"},
		{"hosted, the projection", srv.URL + "/?chart=projection", "projection", "2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newPage(t, 400, 600)
			if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: `new MutationObserver((_, obs) => {
  // The page's content is parsed (its footer is there), its scripts not yet run.
  if (!document.getElementById("source")) return;
  obs.disconnect();
  const shown = (s) => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length > 0);
  window.__first = shown(".chart").map(e => e.id + (e.querySelector(".drawn") ? "+drawn" : "")).join(" ") + " " + shown(".slider").length + " " + shown("#summary, #intro").length;
}).observe(document, {childList: true, subtree: true});`}); err != nil {
				t.Fatal(err)
			}
			p.do(t, chromedp.Navigate(tc.url))
			p.waitReady(t)
			want := "fig-" + tc.chart + "+drawn " + tc.sliders + " 0"
			if got := eval[string](t, p, `window.__first`); got != want {
				t.Errorf("before the scripts drew: charts, sliders, intro shown = %q; want %q", got, want)
			}
			after := eval[string](t, p, `[...document.querySelectorAll(".chart")].filter(e => e.getClientRects().length > 0).map(e => e.id).join(" ") + " " + [...document.querySelectorAll(".slider")].filter(e => e.getClientRects().length > 0).length`)
			if want := "fig-" + tc.chart + " " + tc.sliders; after != want {
				t.Errorf("once live: %q; want %q", after, want)
			}
		})
	}
}

// TestNoScriptCopyGoesWithJavaScript: the single file's page in English for
// readers without JavaScript is not in the document when scripts run (no
// id twice), and its address (#en) opens the page in English.
func TestNoScriptCopyGoesWithJavaScript(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
	p.waitReady(t)
	if n := eval[int](t, p, `document.querySelectorAll(".alt-page, #title").length`); n != 1 {
		t.Errorf("%d copies and titles once the scripts ran; want the page's title alone", n)
	}
	q := newPage(t, 1280, 900)
	q.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"#en"))
	q.waitReady(t)
	got := eval[[]string](t, q, `[location.search, document.documentElement.lang, document.getElementById("title").textContent]`)
	if got[0] != "?lang=en" || got[1] != "en" || !strings.HasPrefix(got[2], "Xigong District") {
		t.Errorf("#en with JavaScript: %q; want the page in English (?lang=en)", got)
	}
}
