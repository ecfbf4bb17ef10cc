package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Bad input to the Go program comes back as an error; a JavaScript error is
// shown in the page; either way the page keeps working. (Recovery of Go
// panics is tested under Node, in package wasm.)
func TestFaultsAreShownAndSurvived(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")
	p := newPage(t, 1000, 800)
	p.do(t, chromedp.Navigate(url))
	p.waitReady(t)

	// Hostile input to the Go program is refused with an error, not a crash.
	for _, tt := range []struct{ expr, want string }{
		{`xigong.set(Proxy.revocable([], {}).proxy)`, `{"error":"wasm: set: want one JSON array of numbers"}`},
		{`xigong.set("[1e999]")`, `{"error":"wasm: set: want finite numbers; value 0 is beyond float64"}`},
	} {
		if got := eval[string](t, p, tt.expr); got != tt.want {
			t.Errorf("%s = %s; want %s", tt.expr, got, tt.want)
		}
	}

	eval[bool](t, p, `new Promise(r => { setTimeout(() => { throw new Error("test fault") }); setTimeout(() => r(true), 50); })`)
	shown := eval[string](t, p, `document.getElementById("error").hidden ? "" : document.getElementById("error").textContent`)
	if shown != "图表出错：test fault" {
		t.Errorf("error box = %q; want %q", shown, "图表出错：test fault")
	}

	p.do(t, chromedp.Focus("#s-gdp"), chromedp.KeyEvent(kb.ArrowLeft))
	if s := readState(t, p, "gdp"); s.Value != "10.4" || s.VerdictClass != "verdict missed" {
		t.Errorf("after the faults, ArrowLeft on GDP: %+v; want 10.4 and missed", s)
	}
}

// A scenario set with the sliders is in the address; opening that address
// shows the same scenario; a bad link is reported, not obeyed.
func TestScenarioLink(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")
	p := newPage(t, 1000, 800)
	p.do(t, chromedp.Navigate(url))
	p.waitReady(t)
	p.do(t, chromedp.Focus("#s-gdp"), chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.ArrowLeft),
		chromedp.Focus("#s-unemployment"), chromedp.KeyEvent(kb.ArrowRight))
	link := eval[string](t, p, `new Promise(r => setTimeout(() => r(location.href), 400))`)
	if want := url + "#v1:gdp=10.3,unemployment=4.6"; link != want {
		t.Fatalf("address after two changes = %s; want %s", link, want)
	}

	q := newPage(t, 1000, 800)
	q.do(t, chromedp.Navigate(link))
	q.waitReady(t)
	gdp, unemp := readState(t, q, "gdp"), readState(t, q, "unemployment")
	if gdp.Value != "10.3" || unemp.Value != "4.6" || unemp.Summary != "情景达标 8 / 10 项" || !strings.Contains(readChartsBy(t, q)["unemployment"].Label, "情景 4.6%") {
		t.Errorf("opened from the link: gdp %+v, unemployment %+v; want 10.3, 4.6, 8 / 10 and the charts updated", gdp, unemp)
	}

	// The language switch keeps the scenario.
	eval[bool](t, q, `document.getElementById("lang-switch").click(), true`)
	q.waitNavigated(t, `document.documentElement.lang === "en"`)
	q.waitReady(t)
	if s := readState(t, q, "unemployment"); s.Value != "4.6" || s.Summary != "The scenario meets 8 of 10 targets" {
		t.Errorf("after switching to English: %+v; want 4.6 and the English summary", s)
	}

	q.do(t, chromedp.Navigate(url+"#v1:gdp=99,<b>=1"))
	q.do(t, chromedp.Reload())
	q.waitReady(t)
	notice := eval[string](t, q, `document.getElementById("notice").hidden ? "" : document.getElementById("notice").textContent`)
	if s := readState(t, q, "gdp"); s.Value != "20" || !strings.Contains(notice, "地区生产总值（“gdp”）：99 超出滑块范围，已设为 20") || !strings.Contains(notice, "“%3Cb%3E”：没有这项指标，已忽略") {
		t.Errorf("bad link: gdp %s, notice %q; want 20 and the notice shown as text", s.Value, notice)
	}
	if probs := append(p.Problems(), q.Problems()...); len(probs) > 0 {
		t.Errorf("console errors or warnings: %q", probs)
	}
}

func TestDownloads(t *testing.T) {
	dir := t.TempDir()
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
	p.waitReady(t)
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	p.do(t, chromedp.Focus("#s-gdp"), chromedp.KeyEvent(kb.ArrowLeft), chromedp.Click("#download-csv"), chromedp.Click(`#fig-growth .png`), chromedp.Click(`#fig-growth .svg`))
	read := func(name string) []byte {
		for range 100 {
			if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil && len(b) > 0 {
				return b
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("%s was not downloaded", name)
		return nil
	}
	csv := string(read("xigong-district-luoyang-2015.csv"))
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	if !strings.HasPrefix(csv, "\uFEFF标题,2015年西工区经济社会发展预期目标") || len(lines) != 20 || !strings.HasPrefix(lines[9], "id,指标") ||
		!strings.HasPrefix(lines[10], "gdp,地区生产总值,地区生产总值增长10.5%,") || !strings.Contains(lines[10], ",10.4,✗ 未达标，差 0.1 个百分点,-0.1") {
		t.Errorf("CSV = %.300q; want a BOM, title, source, credit and assumption in both languages, a header and ten rows, GDP at 10.4 and missed", csv)
	}
	if png := read("xigong-district-luoyang-2015-growth.png"); !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 10000 {
		t.Errorf("chart image: %d bytes; want a PNG", len(png))
	}
	svg := string(read("xigong-district-luoyang-2015-growth.svg"))
	if !strings.HasPrefix(svg, "<?xml") || !strings.Contains(svg, `<rect width="100%" height="100%" fill="#fff"/>`) || !strings.Contains(svg, ">✗ 10.4%<") ||
		!strings.Contains(svg, ">地区生产总值<") || !strings.Contains(svg, ">洛阳市西工区 · 2015年预期目标</text>") {
		t.Errorf("chart SVG = %.300q; want a standalone SVG on white with the region and year, the scenario's label and the names", svg)
	}

	// Other targets' files are named and captioned from their region and year.
	abs, err := filepath.Abs("../data/testdata/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	loadFile(t, p, abs)
	p.do(t, chromedp.Click("#download-csv"), chromedp.Click(`#fig-growth .svg`))
	if csv := string(read("b-2016.csv")); !strings.HasPrefix(csv, "\uFEFF标题,甲\r\nTitle,A\r\n来源,丙\r\nSource,C\r\n\r\nid,") {
		t.Errorf("CSV of other targets = %.200q; want their title and source first", csv)
	}
	if svg := string(read("b-2016-growth.svg")); !strings.Contains(svg, ">乙 · 2016年预期目标</text>") {
		t.Errorf("chart SVG of other targets = %.300q; want their region and year", svg)
	}
}
