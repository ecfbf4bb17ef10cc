package e2e

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"xigong/view"
)

// hostPolicy is a news site's own policy, as docs/embedding.md tells a desk to
// write it: scripts and frames from the site and from ours, styles from the
// site only (no inline styles).
func hostPolicy(ours string) string {
	return "default-src 'self'; script-src 'self' " + ours + "; frame-src " + ours + "; style-src 'self'; img-src 'self' data:"
}

// hostArticle is a Chinese article with docs/embedding.md's snippets far below the
// fold: two embed.js charts (with their fallback links), a plain iframe, and
// a third chart added by the site's own script, then XigongEmbed.scan().
func hostArticle(ours string) string {
	para := strings.Repeat("<p>西工区十三届人大四次会议提出，2015年将突出转型升级、改革开放、项目带动、发展为民、环境提升，着力增强服务业竞争优势。</p>\n", 12)
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>文章</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/article.css">
<script src="` + ours + `/embed.js" async></script><script src="/later.js" defer></script></head>
<body><main><h1>西工区2015年预期目标</h1>` + para + `
<div id="a" data-xigong-chart="unemployment" data-lang="zh" data-title="城镇登记失业率：上限 4.5%"><a href="` + ours + `/?chart=unemployment&amp;lang=zh">城镇登记失业率：上限 4.5%</a></div>
` + para + `
<div id="b" data-xigong-chart="growth" data-controls="0"><a href="` + ours + `/?chart=growth&amp;lang=zh">增长目标：目标与情景</a></div>
` + para + `
<iframe id="plain" src="` + ours + `/?chart=population&amp;lang=zh&amp;controls=0" title="人口自然增长率" width="100%" height="` + strconv.Itoa(view.PlainFrameHeights.Cap) + `" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>
` + para + `
<iframe id="plain-growth" src="` + ours + `/?chart=growth&amp;lang=en&amp;controls=0" title="Growth targets" width="100%" height="` + strconv.Itoa(view.PlainFrameHeights.Growth) + `" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>
<iframe id="plain-projection" src="` + ours + `/?chart=projection&amp;lang=en&amp;controls=0" title="Projection" width="100%" height="` + strconv.Itoa(view.PlainFrameHeights.Projection) + `" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>
` + para + `
<div id="later"></div>` + para + `</main></body></html>`
}

const hostCSS = `body { margin: 0; font-family: sans-serif; } main { max-width: 680px; margin: 0 auto; padding: 0 10px; }`

// later.js is the site's script that adds a chart after load.
const laterJS = `document.getElementById("later").innerHTML = '<div data-xigong-chart="projection" data-lang="zh"></div>';
(function scan() { if (window.XigongEmbed) XigongEmbed.scan(); else setTimeout(scan, 50); })();`

// hostCSSDelay is how late the article's style sheet arrives.
const hostCSSDelay = 400 * time.Millisecond

// serveHost serves article, with its stylesheet and script, on an origin of
// its own, under policy.
func serveHost(t *testing.T, article, policy string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", policy)
		var body, kind string
		switch r.URL.Path {
		case "/article.html":
			body, kind = article, "text/html; charset=utf-8"
		case "/article.css":
			// Late, as a news site's style sheet often is: embed.js (async)
			// runs before the article has its column's width.
			time.Sleep(hostCSSDelay)
			body, kind = hostCSS, "text/css"
		case "/later.js":
			body, kind = laterJS, "text/javascript"
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", kind)
		if _, err := w.Write([]byte(body)); err != nil {
			t.Errorf("serving %s: %v", r.URL.Path, err)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// gated serves what srv serves, holding each embedded chart's page (embed=
// in its query) until open is called.
func gated(t *testing.T, srv *httptest.Server) (ours *httptest.Server, open func()) {
	t.Helper()
	gate := make(chan struct{})
	ours = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Has("embed") {
			select {
			case <-gate:
			case <-r.Context().Done():
				return
			}
		}
		srv.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(ours.Close)
	var once sync.Once
	return ours, func() { once.Do(func() { close(gate) }) }
}

// inFrames evaluates expr in every frame of the page but the top one (in an
// isolated world of each: the frames are of another origin) and returns the
// results by frame URL.
func inFrames[T any](t *testing.T, p *page, expr string) map[string]T {
	t.Helper()
	tree, err := chromedp.Call(p.ctx, cdppage.GetFrameTree, struct{}{})
	if err != nil {
		t.Fatalf("Page.getFrameTree: %v", err)
	}
	out := map[string]T{}
	yes := true
	for _, f := range tree.FrameTree.ChildFrames {
		world, err := chromedp.Call(p.ctx, cdppage.CreateIsolatedWorld, cdppage.CreateIsolatedWorldParams{FrameID: f.Frame.ID, WorldName: "test"})
		if err != nil {
			continue // not loaded yet (lazy)
		}
		res, err := chromedp.Call(p.ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: expr, ContextID: world.ExecutionContextID, ReturnByValue: &yes, AwaitPromise: &yes})
		if err != nil || res.ExceptionDetails != nil || res.Result == nil {
			continue
		}
		var v T
		if err := json.Unmarshal(res.Result.Value, &v); err != nil {
			t.Fatalf("frame %s: %v", f.Frame.URL, err)
		}
		out[f.Frame.URL+f.Frame.URLFragment] = v
	}
	return out
}

// hostFrame is what the article shows of one frame.
type hostFrame struct {
	ID            string
	Height, Width float64 // the iframe's box
	Column        float64 // the width of the element it is in
}

const readHostFrames = `[...document.querySelectorAll("iframe")].map(f => { const p = f.parentElement, s = getComputedStyle(p);
  return {ID: p.id || f.id, Height: f.getBoundingClientRect().height, Width: f.getBoundingClientRect().width,
    Column: p.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)}; })`

// hostScreens are the screens an article with embeds is read on: a
// desktop's, and a phone's (touch, 2 device pixels a px).
var hostScreens = []struct {
	name          string
	width, height int64
	phone         bool
}{{"desktop", 1280, 800, false}, {"phone", 360, 780, true}}

// TestEmbedsOnAnotherSite puts docs/embedding.md's snippets in a Chinese article on
// another origin, under the article's own strict policy, at a desktop and a
// phone width: the frames take about their final height before they load,
// the article barely moves while a reader scrolls through it, every frame
// fills its column, the plain iframe shows all of its page, and resizing the
// window with the charts on screen shows no error in any frame.
func TestEmbedsOnAnotherSite(t *testing.T) {
	site := serveSite(t, "")
	for _, tt := range hostScreens {
		t.Run(tt.name, func(t *testing.T) {
			// The frames' pages are held until the heights the frames take
			// before they load are read.
			ours, open := gated(t, site)
			host := serveHost(t, hostArticle(ours.URL), hostPolicy(ours.URL))
			// In-process frames, so that the test can read them (site
			// isolation would put them in processes of their own).
			p := newPage(t, int(tt.width), int(tt.height), chromedp.Flag("disable-site-isolation-trials", true), chromedp.Flag("disable-features", "IsolateOrigins,site-per-process"))
			scale := 1.0
			if tt.phone {
				scale = 2
			}
			if _, err := chromedp.Call(p.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: tt.width, Height: tt.height, DeviceScaleFactor: scale, Mobile: tt.phone}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(p.ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: tt.phone}); err != nil {
				t.Fatal(err)
			}
			// Not chromedp.Navigate: the article's load event waits for the
			// held frames.
			if _, err := chromedp.Call(p.ctx, cdppage.Navigate, cdppage.NavigateParams{URL: host.URL + "/article.html"}); err != nil {
				t.Fatal(err)
			}
			p.waitNavigated(t, `document.readyState !== "loading" && location.pathname === "/article.html"`)
			eval[bool](t, p, `new Promise(r => { window.shifts = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.shifts += e.value; }).observe({type: "layout-shift", buffered: true});
  const wait = () => document.querySelectorAll("iframe").length === 6 ? r(true) : setTimeout(wait, 50); wait(); })`)
			before := eval[[]hostFrame](t, p, readHostFrames)
			open()

			// Scroll through the article as a reader would, a screen at a time.
			for y := 0; ; y += int(tt.height) * 2 / 3 {
				at := eval[float64](t, p, fmt.Sprintf(`window.scrollTo(0, %d), new Promise(r => setTimeout(() => r(scrollY + innerHeight >= document.documentElement.scrollHeight - 1 ? -1 : scrollY), 400))`, y))
				if at < 0 {
					break
				}
			}
			var after []hostFrame
			for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(250 * time.Millisecond) {
				ready := inFrames[bool](t, p, `document.documentElement.dataset.ready === "true" && performance.getEntriesByName("interactive").length > 0`)
				n := 0
				for _, ok := range ready {
					if ok {
						n++
					}
				}
				if n == 6 {
					time.Sleep(500 * time.Millisecond) // the last height messages
					after = eval[[]hostFrame](t, p, readHostFrames)
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%d of 6 frames ready: %v", n, ready)
				}
			}
			// Each embed.js frame is as tall as its content (embed.js numbers
			// the frames in the order it places them: a, b, then the one the
			// site's script adds).
			content := inFrames[float64](t, p, `Math.ceil(document.documentElement.getBoundingClientRect().height)`)
			embedOf := map[string]string{"a": "xigong-1", "b": "xigong-2", "": "xigong-3"}
			for _, f := range after {
				id, ok := embedOf[f.ID]
				if !ok {
					continue
				}
				h := -1.0
				for url, c := range content {
					if strings.Contains(url, "embed="+id+"&") || strings.HasSuffix(url, "embed="+id) {
						h = c
					}
				}
				if math.Abs(h-f.Height) > 1 {
					t.Errorf("embed %s is %.0f px tall, its content %.0f; want them equal", id, f.Height, h)
				}
			}
			cls := eval[float64](t, p, `window.shifts`)
			t.Logf("heights before loading → after: %v → %v; layout shift %.3f", before, after, cls)
			for k, f := range after {
				if !strings.HasPrefix(f.ID, "plain") {
					b := before[k].Height
					if d := math.Abs(f.Height - b); d > 60 && d > 0.15*f.Height {
						t.Errorf("embed %s: %.0f px before it loaded, %.0f after; want within 15%% or 60 px", f.ID, b, f.Height)
					}
				}
				if math.Abs(f.Width-f.Column) > 1 {
					t.Errorf("frame %s is %.0f px wide in a %.0f px column; want it to fill the column", f.ID, f.Width, f.Column)
				}
			}
			if cls >= 0.1 {
				t.Errorf("cumulative layout shift of the article while scrolling = %.3f; want under 0.1", cls)
			}
			plain := 0
			for url, fits := range inFrames[bool](t, p, `document.documentElement.scrollHeight <= innerHeight + 1`) {
				if !strings.Contains(url, "controls=0") || strings.Contains(url, "embed=") {
					continue
				}
				plain++
				if !fits {
					t.Errorf("the plain iframe (%s) scrolls inside; want its height to show all of its page", url)
				}
			}
			if plain != 3 {
				t.Errorf("%d plain iframes read; want 3", plain)
			}

			// Narrow and widen the window with the charts on screen.
			for _, w := range []int64{tt.width - 27, tt.width - 90, tt.width} {
				if _, err := chromedp.Call(p.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: w, Height: tt.height, DeviceScaleFactor: scale, Mobile: tt.phone}); err != nil {
					t.Fatal(err)
				}
				time.Sleep(400 * time.Millisecond)
			}
			for url, msg := range inFrames[string](t, p, `document.documentElement.dataset.error === "true" ? document.getElementById("error").textContent : ""`) {
				if msg != "" {
					t.Errorf("frame %s shows an error after resizing: %s", url, msg)
				}
			}
			if probs := p.Problems(); len(probs) > 0 {
				t.Errorf("console errors or policy violations in the article: %q", probs)
			}
		})
	}
}

// TestEmbedFallbackWithoutScript checks that where the article's policy
// does not let embed.js run, readers get the snippet's link to the chart.
func TestEmbedFallbackWithoutScript(t *testing.T) {
	ours := serveSite(t, "")
	host := serveHost(t, hostArticle(ours.URL), hostPolicy("http://127.0.0.1:1")) // a policy that names another origin than ours
	p := newPage(t, 1000, 800)
	p.do(t, chromedp.Navigate(host.URL+"/article.html"))
	eval[bool](t, p, `new Promise(r => setTimeout(() => r(true), 500))`)
	got := eval[[]string](t, p, `[...document.querySelectorAll("[data-xigong-chart] a")].filter(a => a.offsetHeight > 0).map(a => a.textContent)`)
	if len(got) != 2 || got[0] != "城镇登记失业率：上限 4.5%" {
		t.Errorf("links shown without embed.js = %q; want the two snippets' links to their charts", got)
	}
	if n := eval[int](t, p, `document.querySelectorAll("[data-xigong-chart] iframe").length`); n != 0 {
		t.Errorf("%d frames placed; want none: the policy refuses embed.js", n)
	}
}
