package e2e

import (
	"os"
	"strings"
	"testing"
	"time"

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
