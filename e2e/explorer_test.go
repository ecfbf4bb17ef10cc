package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"xigong/charts"
	"xigong/data"
)

// visibleText is the page's text as a reader sees it with every disclosure
// open, leaving out quotes of the original (lang="zh-CN"); the charts' drawn
// texts and descriptions are added.
const visibleText = `(() => {
  document.querySelectorAll("details").forEach(d => d.open = true);
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('[lang="zh-CN"], [hidden], template, script, .chart-box').forEach(e => e.remove());
  document.body.append(copy);
  const text = copy.innerText;
  copy.remove();
  const charts = [...document.querySelectorAll(".chart-box")].map(el => el.getAttribute("aria-label") + " " + [...el.querySelectorAll("text")].map(t => t.textContent).join(" "));
  return text + "\n" + charts.join("\n") + "\n" + document.title;
})()`

// The English page has no Chinese left but the quotes of the original:
// labels, tooltips' texts, verdicts, tables, the plan and the charts' drawn
// texts.
func TestEnglishEverywhere(t *testing.T) {
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"?lang=en#v1:gdp=9"))
	p.waitReady(t)
	text := eval[string](t, p, visibleText)
	if cjk.MatchString(text) {
		t.Errorf("the English page shows Chinese outside quotes: %q", cjk.FindAllString(text, 30))
	}
	for _, want := range []string{"The plan behind the targets", "Nine key tasks", "View data", "Download SVG", "✗ missed", "Gross regional product index"} {
		if !strings.Contains(text, want) {
			t.Errorf("the English page lacks %q", want)
		}
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors or warnings: %q", probs)
	}
}

// The plan's tree: every node of the data, each target linked where its
// sentence names it with its verdict under the scenario, the filter, and
// links that lead to the slider without losing the scenario.
func TestPlanTree(t *testing.T) {
	plan, err := data.SeedPlan()
	if err != nil {
		t.Fatal(err)
	}
	url := "file://" + dist(t, "xigong-2015.html")
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate(url))
	p.waitReady(t)

	var ids []string
	plan.Walk(func(n *data.PlanNode, _ int) { ids = append(ids, "plan-"+n.ID) })
	got := eval[string](t, p, `[...document.querySelectorAll("#plan li")].map(li => li.id).join(" ")`)
	if want := strings.Join(ids, " "); got != want {
		t.Errorf("plan nodes = %s; want %s", got, want)
	}

	// Income at 9.4% is short of "about 10%".
	p.do(t, chromedp.Focus("#s-income"))
	for range 6 {
		p.do(t, chromedp.KeyEvent(kb.ArrowLeft))
	}
	mark := eval[[]string](t, p, `new Promise(r => setTimeout(() => {
  const m = document.querySelector('#plan-happy-4 [data-verdict-for="income"]');
  r([m.textContent, m.className, location.hash]);
}, 300))`)
	if mark[0] != "✗" || mark[1] != "verdict missed" || mark[2] != "#v1:income=9.4" {
		t.Errorf("income's mark in the plan at 9.4%% = %q; want ✗, missed, and the scenario #v1:income=9.4 in the address", mark)
	}

	// The filter opens the parts linked to income, and only those.
	eval[bool](t, p, `(() => { const s = document.getElementById("plan-filter"); s.value = "income"; s.dispatchEvent(new Event("change")); return true; })()`)
	open := eval[[]string](t, p, `[...document.querySelectorAll("#plan li")].filter(li => li.querySelector(":scope > details").open).map(li => li.id + (li.classList.contains("hit") ? "*" : ""))`)
	if got, want := strings.Join(open, " "), "plan-plan plan-goals plan-happy plan-happy-4*"; got != want {
		t.Errorf("open nodes after filtering by income = %s; want %s", got, want)
	}
	quote := eval[string](t, p, `document.querySelector("#plan-happy-4 blockquote").innerHTML`)
	if !strings.Contains(quote, "<mark>居民收入不断增加</mark>") {
		t.Errorf("happy-4's quote = %q; want the words that name income marked", quote)
	}

	// Following the link focuses the slider and keeps the scenario.
	p.do(t, chromedp.Click(`#plan-happy-4 a[data-target="income"]`))
	focus := eval[[]string](t, p, `[document.activeElement.id, location.hash]`)
	if focus[0] != "s-income" || focus[1] != "#v1:income=9.4" {
		t.Errorf("after the link: focus %q, address %q; want s-income and the scenario kept", focus[0], focus[1])
	}

	p.do(t, chromedp.Click("#plan-expand"))
	if n := eval[int](t, p, `[...document.querySelectorAll("#plan details")].filter(d => !d.open).length`); n != 0 {
		t.Errorf("after expand all, %d nodes closed; want 0", n)
	}
	p.do(t, chromedp.Click("#plan-collapse"))
	if n := eval[int](t, p, `[...document.querySelectorAll("#plan details")].filter(d => d.open).length`); n != 1 {
		t.Errorf("after collapse all, %d nodes open; want 1 (the root)", n)
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors or warnings: %q", probs)
	}
}

// Each chart's "view data" table shows its numbers and follows the
// scenario, computed ones included.
func TestViewDataFollowsTheScenario(t *testing.T) {
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
	p.waitReady(t)
	p.do(t, chromedp.Click("#fig-growth .view-data summary"), chromedp.Focus("#s-gdp"))
	for range 15 {
		p.do(t, chromedp.KeyEvent(kb.ArrowLeft))
	}
	got := eval[[]string](t, p, `new Promise(r => setTimeout(() => {
  const row = document.querySelector('#fig-growth .chart-data tr[data-id="gdp"]');
  const visible = row.getBoundingClientRect().height > 0;
  r([String(document.querySelectorAll("#fig-growth .chart-data tbody tr").length), row.querySelector(".t-value").textContent,
     row.querySelector(".t-verdict").textContent, String(visible),
     document.querySelector('#fig-projection [data-projected="gdp"]').textContent,
     String(document.querySelectorAll("#fig-unemployment .chart-data tbody tr").length)]);
}, 300))`)
	if want := []string{"8", "9.0%", "✗ 未达标", "true", "109.0", "1"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("view data at GDP 9%% = %q; want %q (rows, value, verdict, shown, GDP index, cap rows)", got, want)
	}
	// A screen reader's list of controls names each one's chart.
	names := eval[string](t, p, `[...document.querySelectorAll("#fig-unemployment summary, #fig-unemployment button")].map(e => e.getAttribute("aria-label")).join("|")`)
	if want := "下载 PNG：城镇登记失业率|下载 SVG：城镇登记失业率|分享图（带二维码）：城镇登记失业率|查看数据：城镇登记失业率"; names != want {
		t.Errorf("the unemployment chart's controls are named %q; want %q", names, want)
	}
}

// barCenters are the centres of the growth chart's bars of one colour, in
// page pixels, with the mouse away (a hovered chart lightens its bars).
// Colours are compared as the browser reads them: ECharts writes "#0072B2"
// or, after a transition, "rgb(0,114,178)".
func barCenters(t *testing.T, p *page, fill string) [][2]float64 {
	t.Helper()
	p.do(t, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1, 1), chromedp.Sleep(300*time.Millisecond))
	return eval[[][2]float64](t, p, `(() => {
  const probe = document.createElement("i");
  document.body.append(probe);
  const norm = (c) => { probe.style.color = ""; probe.style.color = c; return getComputedStyle(probe).color; };
  const want = norm("`+fill+`");
  const out = [...document.querySelectorAll("#chart-growth path")].filter(e => e.getAttribute("fill") && norm(e.getAttribute("fill")) === want)
    .map(e => e.getBoundingClientRect()).filter(r => r.width > 2).map(r => [r.left + r.width / 2, r.top + r.height / 2]);
  probe.remove();
  return out;
})()`)
}

// hoverTip moves the mouse to at and returns the text of the tooltip shown
// (ECharts' tooltip is the chart's div on top, z-index 9999999), or "".
func hoverTip(t *testing.T, p *page, at [2]float64) string {
	t.Helper()
	p.do(t, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at[0]+1, at[1]), chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at[0], at[1]))
	return eval[string](t, p, `new Promise(r => setTimeout(() => r([...document.querySelectorAll("#chart-growth div")]
  .filter(d => d.style.zIndex === "9999999" && d.style.display !== "none" && getComputedStyle(d).opacity !== "0").map(d => d.innerText).pop() || ""), 250))`)
}

// The growth chart's tooltips: a target bar's tells the target alone (it
// never changes), a scenario bar's tells the scenario's verdict, and follows
// the sliders.
func TestTooltips(t *testing.T) {
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"#v1:gdp=9"))
	p.waitReady(t)
	p.do(t, chromedp.Evaluate[chromedp.Void](`document.getElementById("chart-growth").scrollIntoView()`))
	var gdp [2]float64
	names := map[string]bool{}
	// The legend's mark shows no tooltip of its own (the last one may linger).
	for _, at := range barCenters(t, p, charts.ColorTarget) {
		tip := hoverTip(t, p, at)
		if tip == "" {
			continue
		}
		name, _, _ := strings.Cut(tip, "\n")
		names[name] = true
		if !strings.Contains(tip, "原文") || strings.ContainsAny(tip, "✓✗") {
			t.Errorf("a target bar's tooltip = %q; want its quote and no verdict", tip)
		}
		if strings.HasPrefix(tip, "地区生产总值\n") {
			gdp = at
		}
	}
	if len(names) != 8 {
		t.Fatalf("the target bars' tooltips name %d indicators; want 8", len(names))
	}
	missed := barCenters(t, p, charts.ColorMissed)
	if len(missed) != 1 {
		t.Fatalf("%d missed scenario bars at GDP 9%%; want 1", len(missed))
	}
	if tip := hoverTip(t, p, missed[0]); !strings.HasPrefix(tip, "地区生产总值\n") || !strings.Contains(tip, "✗ 未达标，差 1.5 个百分点") {
		t.Errorf("the missed bar's tooltip = %q; want GDP missed by 1.5 points", tip)
	}
	p.do(t, chromedp.Focus("#s-gdp"))
	for range 15 {
		p.do(t, chromedp.KeyEvent(kb.ArrowRight))
	}
	if n := len(barCenters(t, p, charts.ColorMissed)); n != 0 {
		t.Fatalf("%d missed bars at GDP 10.5%%; want none", n)
	}
	if tip := hoverTip(t, p, gdp); strings.ContainsAny(tip, "✓✗") || !strings.HasPrefix(tip, "地区生产总值\n") {
		t.Errorf("after the change, the GDP target bar's tooltip = %q; want GDP's target and no verdict", tip)
	}
	var found bool
	var tips []string
	for _, at := range barCenters(t, p, charts.ColorMet) {
		tip := hoverTip(t, p, at)
		tips = append(tips, tip)
		if strings.HasPrefix(tip, "地区生产总值\n") {
			found = true
			if !strings.Contains(tip, "情景：10.5%") || !strings.Contains(tip, "✓ 达标") {
				t.Errorf("the GDP scenario bar's tooltip at 10.5%% = %q; want the scenario met", tip)
			}
		}
	}
	if !found {
		t.Errorf("no scenario bar's tooltip names GDP after the change: %q", tips)
	}
}

// The projection chart's end labels stay apart where GDP and total energy
// use end at the same value (no cut in energy per unit of GDP), and where
// energy use ends higher.
func TestProjectionLabelsApart(t *testing.T) {
	type labels struct {
		Texts    []string // the end labels drawn
		Overlaps []string // the pairs whose ink overlaps (inkBox)
	}
	for _, frag := range []string{"#v1:energy=0", "#v1:energy=-0.5"} {
		p := newPage(t, 1200, 900) // a new document: only the fragment differs
		p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+frag))
		p.waitReady(t)
		got := eval[labels](t, p, `new Promise(r => setTimeout(() => { `+inkBox+`
  const boxes = [...document.querySelectorAll("#chart-projection text")].filter(e => /^(目标|情景) \d/.test(e.textContent))
    .map(e => [e.textContent, ink(e)]);
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, ra] = boxes[i], [b, rb] = boxes[j];
    if (ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom) overlaps.push(a + " / " + b);
  }
  r({Texts: boxes.map(b => b[0]), Overlaps: overlaps});
}, 600))`)
		if len(got.Texts) != 4 || len(got.Overlaps) > 0 {
			t.Errorf("%s: end labels %q, overlapping %q; want 4, apart", frag, got.Texts, got.Overlaps)
		}
	}
}
