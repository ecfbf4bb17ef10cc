package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"xigong/data"
	"xigong/i18n"
)

// chart is what a test reads of one chart shown.
type chart struct {
	ID     string `json:"id"`
	SVG    bool   `json:"svg"`    // drawn by ECharts' SVG renderer
	Shapes int    `json:"shapes"` // paths drawn with a fill or a stroke
	Text   string `json:"text"`   // the texts drawn, joined by "|"
	Label  string `json:"label"`  // aria-label set by ECharts
}

const readCharts = `[...document.querySelectorAll(".chart-box")].filter(el => el.offsetParent !== null).map(el => {
  const svg = el.querySelector("svg");
  const shapes = svg ? [...svg.querySelectorAll("path")].filter(p => (p.getAttribute("fill") || "none") !== "none" || (p.getAttribute("stroke") || "none") !== "none").length : 0;
  const text = svg ? [...svg.querySelectorAll("text")].map(t => t.textContent).join("|") : "";
  return {id: el.id.replace("chart-", ""), svg: !!svg, shapes, text, label: el.getAttribute("aria-label") || ""};
})`

func readChartsBy(t *testing.T, p *page) map[string]chart {
	t.Helper()
	out := map[string]chart{}
	for _, c := range eval[[]chart](t, p, readCharts) {
		out[c.ID] = c
	}
	return out
}

// state is what a test reads of one slider and its table row.
type state struct {
	Value, Output, VerdictClass, TableVerdict, TableValue, Summary string
	// Updated is the time of the latest charts-updated mark (the page keeps
	// only the latest).
	Updated float64
}

func readState(t *testing.T, p *page, id string) state {
	t.Helper()
	settle(t, p)
	return eval[state](t, p, `(() => {
  const id = `+jsString(id)+`, $ = (s) => document.querySelector(s);
  const row = $('#targets-table tr[data-id="' + id + '"]');
  return {
    Value: $("#s-" + id).value,
    Output: $("#o-" + id).textContent,
    VerdictClass: $("#v-" + id).className,
    TableVerdict: row.querySelector(".t-verdict").textContent,
    TableValue: row.querySelector(".t-value").textContent,
    Summary: $("#summary-count").textContent,
    Updated: (performance.getEntriesByName("charts-updated").at(-1) || {startTime: 0}).startTime,
  };
})()`)
}

// settle waits until the page has applied every change made so far (a
// change may wait for the Go program: see updates.js's data-updating).
func settle(t *testing.T, p *page) {
	t.Helper()
	eval[bool](t, p, `new Promise((r) => { const f = () => document.documentElement.dataset.updating ? setTimeout(f, 5) : r(true); f(); })`)
}

// jsonText decodes a JSON string.
func jsonText(t *testing.T, b []byte) string {
	t.Helper()
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	return s
}

func jsString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // a Go string always marshals
	}
	return string(b)
}

func TestSingleFileOffline(t *testing.T) {
	file := dist(t, "xigong-2015.html")
	url := "file://" + file
	p := newPage(t, 1280, 900)
	p.do(t, chromedp.Navigate(url))
	p.waitReady(t)

	if n := eval[int](t, p, `performance.getEntriesByName("charts-ready").length`); n != 1 {
		t.Errorf("charts-ready marks = %d; want 1", n)
	}
	for _, r := range p.Requests() {
		if r != url && !strings.HasPrefix(r, "blob:") { // the Worker's script, made from the file's block
			t.Errorf("the page requested %.120s; want no request beyond the file itself", r)
		}
	}

	t.Run("charts drawn with data and described", func(t *testing.T) {
		cs := readChartsBy(t, p)
		for _, want := range []struct{ id, label, drawn string }{
			{"growth", "增长目标：目标与情景。地区生产总值：增长目标：不低于 10.5%", "|✓ 10.5%|"},
			{"unemployment", "城镇登记失业率。上限：不高于 4.5%", "|上限 4.5%|"},
			{"population", "人口自然增长率。上限：不高于 6.7‰", "|✓ 6.7‰|"},
			{"projection", "推算（示意）：2014年 = 100", "|情景 110.5|"},
		} {
			c, ok := cs[want.id]
			if !ok || !c.SVG || c.Shapes < 5 || !strings.Contains("|"+c.Text+"|", want.drawn) {
				t.Errorf("chart %s = %+v; want an SVG with shapes and the text %q", want.id, c, want.drawn)
			}
			if !strings.HasPrefix(c.Label, want.label) {
				t.Errorf("chart %s aria-label = %.80q; want it to start with %q", want.id, c.Label, want.label)
			}
		}
		if len(cs) != 4 {
			t.Errorf("%d charts; want 4", len(cs))
		}
	})

	t.Run("the ten targets match the data file", func(t *testing.T) {
		ts, err := data.Seed()
		if err != nil {
			t.Fatal(err)
		}
		type row struct{ ID, Name, Quote, Target string }
		rows := eval[[]row](t, p, `[...document.querySelectorAll("#targets-table tbody tr")].map(tr => ({
  ID: tr.dataset.id, Name: tr.cells[0].textContent, Quote: tr.cells[1].textContent, Target: tr.cells[2].textContent}))`)
		if len(rows) != len(ts.Indicators) {
			t.Fatalf("table has %d rows; want %d", len(rows), len(ts.Indicators))
		}
		for i, in := range ts.Indicators {
			want := row{in.ID, in.Name.ZH, in.Quote, i18n.Value(in.Value, -1, in.Unit)}
			if rows[i] != want {
				t.Errorf("row %d = %+v; want %+v", i, rows[i], want)
			}
		}
	})

	t.Run("sliders are named in Chinese", func(t *testing.T) {
		tree, err := chromedp.Call(p.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, n := range tree.Nodes {
			if n.Role == nil || n.Name == nil || jsonText(t, n.Role.Value) != "slider" {
				continue
			}
			names = append(names, jsonText(t, n.Name.Value))
		}
		ts, err := data.Seed()
		if err != nil {
			t.Fatal(err)
		}
		if len(names) != len(ts.Indicators) {
			t.Fatalf("accessible sliders = %q; want %d", names, len(ts.Indicators))
		}
		for i, in := range ts.Indicators {
			if !strings.Contains(names[i], in.Name.ZH) {
				t.Errorf("slider %d accessible name %q; want it to contain %q", i, names[i], in.Name.ZH)
			}
		}
	})

	t.Run("arrow keys past the cap flip the verdict and update the charts", func(t *testing.T) {
		before := readState(t, p, "unemployment")
		if before.Value != "4.5" || !strings.Contains(before.VerdictClass, "met") {
			t.Fatalf("before: %+v; want 4.5 and met", before)
		}
		p.do(t, chromedp.Focus("#s-unemployment"), chromedp.KeyEvent(kb.ArrowRight))
		after := readState(t, p, "unemployment")
		want := state{Value: "4.6", Output: "4.6%", VerdictClass: "verdict missed", TableVerdict: "✗ 未达标", TableValue: "4.6%", Summary: "情景达标 9 / 10 项"}
		want.Updated = after.Updated
		if after != want || after.Updated <= before.Updated {
			t.Errorf("after ArrowRight: %+v; want %+v with a charts-updated mark after %.1f", after, want, before.Updated)
		}
		if label := readChartsBy(t, p)["unemployment"].Label; !strings.Contains(label, "✗ 未达标，超出上限 0.1 个百分点") {
			t.Errorf("unemployment chart aria-label = %q; want the missed verdict", label)
		}
		for _, k := range []struct {
			key, value, verdict string
		}{
			{kb.ArrowLeft, "4.5", "verdict met"},
			{kb.End, "10", "verdict missed"},
			{kb.Home, "0", "verdict met"},
		} {
			p.do(t, chromedp.KeyEvent(k.key))
			if s := readState(t, p, "unemployment"); s.Value != k.value || s.VerdictClass != k.verdict {
				t.Errorf("after key %q: value %s, class %q; want %s, %q", k.key, s.Value, s.VerdictClass, k.value, k.verdict)
			}
		}
		p.do(t, chromedp.Focus("#s-gdp"), chromedp.KeyEvent(kb.ArrowLeft), chromedp.Click("#reset"))
		if s := readState(t, p, "unemployment"); s.Value != "4.5" || s.Summary != "情景达标 10 / 10 项" {
			t.Errorf("after reset: %+v; want 4.5 and 10 / 10", s)
		}
	})

	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors or warnings: %q", probs)
	}
}
