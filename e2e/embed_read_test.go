package e2e

import (
	"math"
	"os"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// embedded is what a test reads of the page in one embed frame.
type embedded struct {
	Ready   bool
	Title   string // the targets' title (hidden for sight, read by screen readers)
	Figures int    // charts shown
	NoChart string // the message that the targets have no such chart, when shown
	Height  float64
}

const readEmbedded = `({
  Ready: document.documentElement.dataset.ready === "true",
  Title: document.getElementById("title").textContent,
  Figures: [...document.querySelectorAll("#figures .chart")].filter(e => e.offsetParent !== null).length,
  NoChart: document.getElementById("no-chart").hidden ? "" : document.getElementById("no-chart").textContent,
  Height: Math.ceil(document.documentElement.getBoundingClientRect().height),
})`

// TestEmbedOfReadTargets copies the embed snippet at once after a report's
// paragraph is read and puts it in an article on another site: the frame
// shows the targets read, not the page's own. Beside it, embeds of a chart
// the targets do not have say so, in their language, and show no chart.
func TestEmbedOfReadTargets(t *testing.T) {
	ours := serveSite(t, "")
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate(ours.URL+"/?lang=zh"))
	p.waitReady(t)
	seed, err := os.ReadFile("../data/testdata/seed-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	pasteReport(t, p, strings.Join(strings.Split(string(seed), "\n")[8:31], "\n"), "")
	got := eval[[]string](t, p, `[document.getElementById("embed-chart").value, document.getElementById("embed-script").value]`)
	chart, snippet := got[0], got[1]
	if !strings.Contains(snippet, ` data-targets="d1.`) {
		t.Fatalf("the snippet copied after reading: %s; want it to carry the targets read (data-targets)", snippet)
	}

	article := `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>文章</title><link rel="icon" href="data:,"></head><body>
` + snippet + `
<div data-xigong-chart="no-such-chart" data-lang="zh"></div>
<div data-xigong-chart="no-such-chart" data-lang="en" data-controls="0"></div>
</body></html>`
	host := serveHost(t, article, hostPolicy(ours.URL))
	q := newPage(t, 1000, 900, chromedp.Flag("disable-site-isolation-trials", true), chromedp.Flag("disable-features", "IsolateOrigins,site-per-process"))
	q.do(t, chromedp.Navigate(host.URL+"/article.html"))
	var frames map[string]embedded
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(250 * time.Millisecond) {
		frames = inFrames[embedded](t, q, readEmbedded)
		ready := 0
		for _, f := range frames {
			if f.Ready {
				ready++
			}
		}
		if ready == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of 3 frames ready: %+v (problems: %v)", ready, frames, q.Problems())
		}
	}
	for url, f := range frames {
		switch {
		case strings.Contains(url, "chart="+chart+"&"):
			if f.Title != "西工区2015年预期目标" || f.Figures != 1 || f.NoChart != "" {
				t.Errorf("the embed of the targets read (%s): %+v; want their chart %q alone", url, f, chart)
			}
		case strings.Contains(url, "lang=en"):
			want := "These targets have no chart “no-such-chart”: this embed or link may have been made for other targets. See all the charts of these targets"
			if f.NoChart != want || f.Figures != 0 || f.Height > 300 {
				t.Errorf("an English embed of a chart the targets lack (%s): %+v; want no chart and %q", url, f, want)
			}
		default:
			want := "这组目标里没有图表“no-such-chart”：这段嵌入代码或链接也许是为另一组目标生成的。 查看这组目标的全部图表"
			if f.NoChart != want || f.Figures != 0 || f.Height > 300 {
				t.Errorf("a Chinese embed of a chart the targets lack (%s): %+v; want no chart and %q", url, f, want)
			}
		}
	}
	if probs := append(p.Problems(), q.Problems()...); len(probs) > 0 {
		t.Errorf("console errors, warnings or policy violations: %q", probs)
	}
}

// TestEmbedOfALongReport: the growth chart of a report of twenty targets,
// embedded by the page's snippets in an article on another site, at a phone's
// width and a desktop's: embed.js's frame takes about its final height before
// it loads (the snippet says how much taller the chart is than Xigong's), and
// the plain iframe shows all of its page.
func TestEmbedOfALongReport(t *testing.T) {
	site := serveSite(t, "")
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate(site.URL+"/?lang=zh"))
	p.waitReady(t)
	pasteReport(t, p, longReport(20), "")
	snippets := eval[[]string](t, p, `(() => { const c = document.getElementById("embed-chart"); c.value = "growth"; c.dispatchEvent(new Event("change"));
  return [document.getElementById("embed-script").value, document.getElementById("embed-iframe").value]; })()`)
	if !strings.Contains(snippets[0], ` data-rows="14"`) { // 20 less 6 levels, two by two in three charts of rows
		t.Fatalf("the embed snippet of a 20-target growth chart: %s; want data-rows=\"14\"", snippets[0])
	}
	for _, tt := range hostScreens {
		t.Run(tt.name, func(t *testing.T) {
			ours, open := gated(t, site)
			article := `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>文章</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/article.css"></head><body><main>` +
				strings.ReplaceAll(snippets[0]+"\n"+snippets[1], site.URL, ours.URL) + `</main></body></html>`
			host := serveHost(t, article, hostPolicy(ours.URL))
			// In-process frames, so that the test can read them.
			inProcess := []chromedp.ExecAllocatorOption{chromedp.Flag("disable-site-isolation-trials", true), chromedp.Flag("disable-features", "IsolateOrigins,site-per-process")}
			var q *page
			if tt.phone {
				q = phonePage(t, tt.width, inProcess...)
			} else {
				q = newPage(t, int(tt.width), int(tt.height), inProcess...)
			}
			if _, err := chromedp.Call(q.ctx, cdppage.Navigate, cdppage.NavigateParams{URL: host.URL + "/article.html"}); err != nil {
				t.Fatal(err)
			}
			// Both frames placed, and the article's style sheet (served late)
			// applied: its column is what the frames are sized for.
			q.waitNavigated(t, `document.querySelectorAll("iframe").length === 2 && getComputedStyle(document.querySelector("main")).maxWidth === "680px"`)
			before := eval[[]float64](t, q, `[...document.querySelectorAll("iframe")].map(f => f.getBoundingClientRect().height)`)
			open()
			for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(250 * time.Millisecond) {
				n := 0
				for _, ok := range inFrames[bool](t, q, `document.documentElement.dataset.ready === "true"`) {
					if ok {
						n++
					}
				}
				if n == 2 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%d of 2 frames ready", n)
				}
			}
			time.Sleep(500 * time.Millisecond) // the last height messages
			after := eval[[]float64](t, q, `[...document.querySelectorAll("iframe")].map(f => f.getBoundingClientRect().height)`)
			if d := math.Abs(after[0] - before[0]); d > 60 && d > 0.15*after[0] {
				t.Errorf("the embed.js frame: %.0f px before it loaded, %.0f after; want within 15%% or 60 px", before[0], after[0])
			}
			for url, over := range inFrames[float64](t, q, `document.documentElement.scrollHeight - innerHeight`) {
				if strings.Contains(url, "controls=0") && over > 1 {
					t.Errorf("the plain iframe (%.60s…) scrolls inside by %.0f px; want its height to show all of its page", url, over)
				}
			}
			t.Logf("heights before loading → after: %v → %v", before, after)
		})
	}
}
