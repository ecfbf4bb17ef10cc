package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// four are targets of a reader's own: four targets whose ids are also
// Xigong's, so that a scenario applied to the wrong targets would show.
const four = `{"schema": "xigong-targets/v1", "year": 2024, "baseYear": 2023,
 "title": {"zh": "2024年全国主要预期目标", "en": "China's main targets for 2024"}, "region": {"zh": "全国", "en": "China"},
 "source": {"zh": "政府工作报告", "en": "Government work report"}, "projection": {"gdp": "gdp"},
 "indicators": [
  {"id": "gdp", "name": {"zh": "国内生产总值", "en": "GDP"}, "quote": "国内生产总值增长5%左右", "bound": "about", "value": 5, "tolerance": 0.5, "unit": "%", "scenario": {"min": 0, "max": 10, "step": 0.1}},
  {"id": "cpi", "name": {"zh": "居民消费价格", "en": "CPI"}, "quote": "居民消费价格涨幅3%左右", "bound": "about", "value": 3, "tolerance": 0.5, "unit": "%", "scenario": {"min": -2, "max": 6, "step": 0.1}},
  {"id": "unemployment", "name": {"zh": "城镇调查失业率", "en": "Surveyed urban unemployment rate"}, "quote": "城镇调查失业率5.5%左右", "bound": "cap", "value": 5.5, "unit": "%", "scenario": {"min": 3, "max": 8, "step": 0.1}},
  {"id": "energy", "name": {"zh": "单位国内生产总值能耗", "en": "Energy use per unit of GDP"}, "quote": "单位国内生产总值能耗降低2.5%左右", "bound": "reduction", "value": 2.5, "unit": "%", "scenario": {"min": -2, "max": 6, "step": 0.1}}]}`

// TestOwnTargetsTravel checks that a reader's targets survive a reload, a
// copied link and an embed snippet, and that a scenario is never applied to
// targets it was not made for.
func TestOwnTargetsTravel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "2024.json")
	if err := os.WriteFile(path, []byte(four), 0o644); err != nil {
		t.Fatal(err)
	}
	file := "file://" + dist(t, "xigong-2015.html")
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate(file))
	p.waitReady(t)
	loadFile(t, p, path)
	p.do(t, chromedp.Focus("#s-gdp"), chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.ArrowLeft))
	want := state{Value: "4.8", Output: "4.8%", VerdictClass: "verdict met", TableVerdict: "✓ 达标", TableValue: "4.8%", Summary: "情景达标 4 / 4 项"}
	shows := func(q *page, how string) {
		t.Helper()
		got := readState(t, q, "gdp")
		got.Updated = 0
		title := eval[string](t, q, `document.getElementById("title").textContent`)
		if got != want || title != "2024年全国主要预期目标" {
			t.Errorf("%s: %q, gdp %+v; want the reader's targets with GDP at 4.8: %+v", how, title, got, want)
		}
		if n := eval[int](t, q, `document.querySelectorAll("#controls input[type=range]").length`); n != 4 {
			t.Errorf("%s: %d sliders; want the reader's 4", how, n)
		}
	}
	shows(p, "after the change")

	link := eval[string](t, p, `new Promise(r => setTimeout(() => r(location.href), 400))`) // the address follows 250 ms late
	if !strings.Contains(link, "#d1.") || !strings.HasSuffix(link, ";v1:gdp=4.8") {
		t.Fatalf("address = %.120s…; want the targets' data part and the scenario", link)
	}
	p.do(t, chromedp.Reload())
	p.waitReady(t)
	shows(p, "after a reload")

	q := newPage(t, 1200, 900)
	q.do(t, chromedp.Navigate(link))
	q.waitReady(t)
	shows(q, "opened from the link")

	// The embed panel's snippets carry the targets, and show them.
	snippet := eval[string](t, q, `document.getElementById("embed-iframe").value`)
	src := snippet[strings.Index(snippet, `src="`)+5:]
	src = strings.ReplaceAll(src[:strings.Index(src, `"`)], "&amp;", "&")
	if script := eval[string](t, q, `document.getElementById("embed-script").value`); !strings.Contains(script, `data-targets="d1.`) || !strings.Contains(src, "#d1.") {
		t.Errorf("embed snippets = %q, %q; want the targets' data part in both", script, snippet)
	}
	e := newPage(t, 800, 900)
	e.do(t, chromedp.Navigate(strings.Replace(src, "/?", "/xigong-2015.html?", 1))) // from a file, the snippets name the folder
	e.waitReady(t)
	if title := eval[string](t, e, `document.querySelector("#fig-gdp, #fig-growth .chart-box") ? document.querySelector("#chart-growth").getAttribute("aria-label") : ""`); !strings.Contains(title, "国内生产总值") || strings.Contains(title, "地区生产总值") {
		t.Errorf("the embedded chart = %q; want the reader's targets", title)
	}

	// A damaged data part shows the bundled targets without the scenario.
	r := newPage(t, 1200, 900)
	r.do(t, chromedp.Navigate(file+"#d1.AAAA;v1:gdp=4.8"))
	r.waitReady(t)
	if s := readState(t, r, "gdp"); s.Value != "10.5" || s.Summary != "情景达标 10 / 10 项" {
		t.Errorf("a damaged link: gdp %+v; want the bundled targets at their targets", s)
	}
	if notice := eval[string](t, r, `document.getElementById("notice").textContent`); !strings.Contains(notice, "链接中的目标数据无法读取") {
		t.Errorf("a damaged link's notice = %q; want it said", notice)
	}
	for _, x := range []*page{p, q, e, r} {
		if probs := x.Problems(); len(probs) > 0 {
			t.Errorf("console errors: %q", probs)
		}
	}
}

// TestOwnTargetsTooLargeForALink checks that targets too large for a link
// are never offered as one: no copied link, no scenario in the address, no
// embed snippet, and a message saying why.
func TestOwnTargetsTooLargeForALink(t *testing.T) {
	// Names that do not compress: 50 indicators of random-looking text.
	var b strings.Builder
	b.WriteString(`{"schema": "xigong-targets/v1", "year": 2024, "baseYear": 2023, "title": {"zh": "大", "en": "Large"}, "region": {"zh": "某地", "en": "Somewhere"}, "source": {"zh": "甲", "en": "A"}, "projection": {}, "indicators": [`)
	x := uint32(7)
	for i := 0; i < 50; i++ {
		name := make([]rune, 60)
		for k := range name {
			x = x*1664525 + 1013904223
			name[k] = rune(0x4e00 + x>>20%0x5000)
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"id": "i` + string(rune('a'+i/26)) + string(rune('a'+i%26)) + `", "name": {"zh": "` + string(name) + `", "en": "N"}, "quote": "` + string(name) + `", "bound": "growth", "value": 5, "unit": "%", "scenario": {"min": 0, "max": 10, "step": 1}}`)
	}
	b.WriteString("]}")
	path := filepath.Join(t.TempDir(), "large.json")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"#v1:gdp=9"))
	p.waitReady(t)
	loadFile(t, p, path)
	p.do(t, chromedp.Focus("#s-iaa"), chromedp.KeyEvent(kb.ArrowLeft), chromedp.Click("#copy-link"))
	got := eval[[]string](t, p, `new Promise(r => setTimeout(() => r([location.hash, document.getElementById("notice").textContent,
  String(document.getElementById("embed-snippets").hidden), document.getElementById("embed-own-too-long").hidden ? "" : "shown"]), 400))`)
	if got[0] != "" || !strings.Contains(got[1], "这些目标数据太大，放不进链接") || got[2] != "true" || got[3] != "shown" {
		t.Errorf("targets too large for a link: hash %q, notice %q, snippets hidden %s, note %q; want no hash, the reason, no snippets and the note", got[0], got[1], got[2], got[3])
	}
}
