package e2e

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"xigong/view"
)

// article is a news page with two charts put in by embed.js.
const article = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title><link rel="icon" href="data:,">
<script src="/embed.js" async></script></head>
<body style="margin:0"><h1>Xigong sets its 2015 targets</h1>
<div id="a" data-xigong-chart="unemployment" data-lang="en"></div>
<p>Text between the charts.</p>
<div id="b" data-xigong-chart="growth" data-title="Growth targets"></div>
</body></html>`

// frame is what the article reads of one embedded chart (same origin here,
// so its document is readable).
type frame struct {
	Height   float64 // the iframe's height in the article
	Content  float64 // the height of the page inside
	Ready    bool
	Figures  int // charts shown
	Sliders  int // sliders shown
	Lang     string
	Label    string // the chart's aria-label
	Scrolled bool   // the page inside scrolls sideways
}

const readFrames = `[...document.querySelectorAll("iframe")].map(f => {
  const d = f.contentDocument, root = d && d.documentElement;
  const shown = (sel) => d ? [...d.querySelectorAll(sel)].filter(e => e.offsetParent !== null).length : 0;
  const box = d && [...d.querySelectorAll(".chart-box")].find(e => e.offsetParent !== null);
  return {
    Height: f.getBoundingClientRect().height,
    Content: root ? Math.ceil(root.getBoundingClientRect().height) : 0,
    Ready: !!root && root.dataset.ready === "true" && d.defaultView.performance.getEntriesByName("interactive").length > 0,
    Figures: shown("#figures .chart"),
    Sliders: shown("#controls .slider"),
    Lang: root ? root.lang : "",
    Label: box ? box.getAttribute("aria-label") || "" : "",
    Scrolled: !!root && root.scrollWidth > root.clientWidth,
  };
})`

func waitFrames(t *testing.T, p *page, settled func([]frame) bool) []frame {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		fs := eval[[]frame](t, p, readFrames)
		if settled(fs) {
			return fs
		}
		if time.Now().After(deadline) {
			t.Fatalf("embeds did not settle: %+v (problems: %v)", fs, p.Problems())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// fitted reports whether every frame is ready and as tall as its content.
func fitted(fs []frame) bool {
	for _, f := range fs {
		if !f.Ready || f.Height != f.Content {
			return false
		}
	}
	return len(fs) == 2
}

var cjk = regexp.MustCompile(`\p{Han}`)

func TestEmbedsInAnArticle(t *testing.T) {
	srv := serveSite(t, article)
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate(srv.URL+"/article.html"))

	wide := waitFrames(t, p, fitted)
	p.screenshot(t, "article-1200.png")
	if f := wide[0]; f.Figures != 1 || f.Sliders != 1 || f.Lang != "en" || !strings.HasPrefix(f.Label, "Registered urban unemployment rate") || cjk.MatchString(f.Label) {
		t.Errorf("unemployment embed = %+v; want one chart and its slider, in English", f)
	}
	if f := wide[1]; f.Figures != 1 || f.Sliders != 8 || f.Lang != "zh-CN" || !strings.HasPrefix(f.Label, "增长目标") {
		t.Errorf("growth embed = %+v; want one chart and the eight growth sliders, in Chinese", f)
	}

	p.do(t, chromedp.EmulateViewport(360, 800))
	narrow := waitFrames(t, p, func(fs []frame) bool { return fitted(fs) && fs[0].Height != wide[0].Height })
	for i, f := range narrow {
		if f.Scrolled {
			t.Errorf("embed %d at 360 px scrolls sideways; want it to fit", i)
		}
		if f.Height == wide[i].Height {
			t.Errorf("embed %d is %.0f px tall at 1200 and at 360 px wide; want its height to follow its content", i, f.Height)
		}
	}
	p.screenshot(t, "article-360.png")
	t.Logf("heights at 1200 px: %.0f, %.0f; at 360 px: %.0f, %.0f", wide[0].Height, wide[1].Height, narrow[0].Height, narrow[1].Height)

	// A message that does not come from the embed's own window is ignored.
	eval[bool](t, p, `postMessage({type: "xigong:height", id: "xigong-1", height: 5}, "*"), new Promise(r => setTimeout(() => r(true), 200))`)
	if h := eval[float64](t, p, `document.querySelector("iframe").getBoundingClientRect().height`); h != narrow[0].Height {
		t.Errorf("after a forged height message the iframe is %.0f px; want %.0f", h, narrow[0].Height)
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors, warnings or policy violations: %q", probs)
	}
}

func TestOneChartInEnglish(t *testing.T) {
	srv := serveSite(t, "")
	p := newPage(t, 800, 700)
	p.do(t, chromedp.Navigate(srv.URL+"/?chart=unemployment&lang=en"))
	p.waitReady(t)
	cs := readChartsBy(t, p)
	if c := cs["unemployment"]; len(cs) != 1 || !c.SVG || c.Shapes < 5 || !strings.HasPrefix(c.Label, "Registered urban unemployment rate. cap: at most 4.5%") {
		t.Errorf("charts = %+v; want the unemployment chart alone, drawn, described in English", cs)
	}
	// Quotes of the original (lang="zh-CN": the credit line) stay as printed.
	visible := eval[string](t, p, `(() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('[lang="zh-CN"], [hidden], template, script').forEach(e => e.remove());
  document.body.append(copy);
  copy.hidden = false;
  const text = copy.innerText;
  copy.remove();
  return text;
})()`)
	if cjk.MatchString(visible) {
		t.Errorf("the English one-chart view shows Chinese text outside quotes: %.300q", cjk.FindAllString(visible, 20))
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors, warnings or policy violations: %q", probs)
	}
}

func TestEmbedScriptIsSmall(t *testing.T) {
	b, err := os.ReadFile(dist(t, "site/embed.js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 5000 {
		t.Errorf("embed.js is %d bytes minified; want under 5,000", len(b))
	}
}

func TestThemes(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")
	tests := []struct {
		name, query, system, want string
	}{
		{"default", "", "dark", "light"},
		{"dark", "?theme=dark", "light", "dark"},
		{"auto follows a dark system", "?theme=auto", "dark", "dark"},
		{"auto follows a light system", "?theme=auto", "light", "light"},
		{"unknown is ignored", "?theme=neon", "dark", "light"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(t, 900, 700)
			if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: tt.system}},
			}); err != nil {
				t.Fatal(err)
			}
			p.do(t, chromedp.Navigate(url+tt.query))
			p.waitReady(t)
			got := eval[string](t, p, `document.documentElement.dataset.theme + " " + getComputedStyle(document.documentElement).backgroundColor`)
			wantBG := map[string]string{"light": "rgb(255, 255, 255)", "dark": "rgb(22, 22, 22)"}[tt.want]
			if got != tt.want+" "+wantBG {
				t.Errorf("theme, background = %q; want %q", got, tt.want+" "+wantBG)
			}
		})
	}
}

// TestEmbedPanel checks the snippets the page offers, and that the full page
// fits a phone.
func TestEmbedPanel(t *testing.T) {
	srv := serveSite(t, "")
	p := newPage(t, 360, 800)
	p.do(t, chromedp.Navigate(srv.URL+"/"))
	p.waitReady(t)
	if wide := eval[bool](t, p, `document.documentElement.scrollWidth > document.documentElement.clientWidth`); wide {
		t.Errorf("the full page scrolls sideways at 360 px; want it to fit")
	}
	got := eval[[]string](t, p, `(() => {
  const chart = document.getElementById("embed-chart"), lang = document.getElementById("embed-lang");
  chart.value = "population"; chart.dispatchEvent(new Event("change"));
  lang.value = "en"; lang.dispatchEvent(new Event("change"));
  return [document.getElementById("embed-script").value, document.getElementById("embed-iframe").value];
})()`)
	wantScript := `<script src="` + srv.URL + `/embed.js" async></script>` + "\n" +
		`<div data-xigong-chart="population" data-lang="en"><a href="` + srv.URL + `/?chart=population&amp;lang=en">Natural population growth rate</a></div>`
	wantIframe := `<iframe src="` + srv.URL + `/?chart=population&amp;lang=en&amp;controls=0" title="Natural population growth rate" width="100%" height="` + strconv.Itoa(view.PlainFrameHeights.Cap) + `" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>`
	if got[0] != wantScript || got[1] != wantIframe {
		t.Errorf("snippets:\n%s\n%s\nwant:\n%s\n%s", got[0], got[1], wantScript, wantIframe)
	}
}

// TestCopyButtons copies the scenario link and an embed snippet.
func TestCopyButtons(t *testing.T) {
	srv := serveSite(t, "")
	p := newPage(t, 1000, 800)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(p.ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: name, AllowWithoutSanitization: true},
			Setting:    cdpbrowser.PermissionSettingGranted, Origin: srv.URL,
		}); err != nil {
			t.Fatal(err)
		}
	}
	p.do(t, chromedp.Navigate(srv.URL+"/"))
	p.waitReady(t)
	p.do(t, chromedp.Focus("#s-exports"), chromedp.KeyEvent(kb.ArrowLeft), chromedp.Click("#copy-link"))
	clip := func() string {
		return eval[string](t, p, `new Promise(r => setTimeout(r, 100)).then(() => navigator.clipboard.readText())`)
	}
	if got, want := clip(), srv.URL+"/#v1:exports=9.9"; got != want {
		t.Errorf("copied link = %q; want %q (the latest scenario, before the address bar follows)", got, want)
	}
	if label := eval[string](t, p, `document.getElementById("copy-link").textContent`); label != "已复制" {
		t.Errorf("copy-link button says %q; want 已复制 for a moment", label)
	}
	p.do(t, chromedp.Click("#embed summary"), chromedp.Click(`#embed .copy[data-for="embed-script"]`))
	if got := clip(); !strings.HasPrefix(got, `<script src="`+srv.URL+`/embed.js" async></script>`) {
		t.Errorf("copied snippet = %q; want the script snippet", got)
	}
}

// TestChartsFollowTheirContainer resizes a one-chart page from 1600 to 300
// px wide: the chart's drawing follows its box.
func TestChartsFollowTheirContainer(t *testing.T) {
	srv := serveSite(t, "")
	p := newPage(t, 1600, 900)
	p.do(t, chromedp.Navigate(srv.URL+"/?chart=growth&controls=0"))
	p.waitReady(t)
	for _, width := range []int64{1600, 300, 1600} {
		p.do(t, chromedp.EmulateViewport(width, 900))
		var got []float64
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			got = eval[[]float64](t, p, `(() => {
  const box = document.getElementById("chart-growth"), c = box.querySelector("svg");
  return [box.clientWidth, c.getBoundingClientRect().width, document.documentElement.scrollWidth - document.documentElement.clientWidth];
})()`)
			if got[0] == got[1] {
				break
			}
		}
		if got[0] != got[1] || got[2] != 0 || got[0] < float64(width)-80 {
			t.Errorf("at %d px: box %.0f, drawing %.0f, sideways scroll %.0f; want the drawing as wide as its box, nearly the page's width, no scroll", width, got[0], got[1], got[2])
		}
	}
}
