package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"xigong/charts"
	"xigong/site"
)

// inert is what a test reads of a page shown from hostile text: elements
// or attributes made of the text's markup, whether any of it ran, and texts
// that must show the markup as it was written.
type inert struct {
	Made, Ran            int
	Title, Row, Source   string
	Reading, WordsListed string
}

const readInert = `({
  Made: document.querySelectorAll(".pwn, [onfocus], [onerror], [onload], [onmouseover]").length,
  Ran: window.pwned ? 1 : 0,
  Title: document.getElementById("title").textContent,
  Row: (document.querySelector("#targets-table tbody th") || {textContent: ""}).textContent,
  Source: document.getElementById("source").textContent,
  Reading: (document.getElementById("report-reading") || {textContent: ""}).textContent,
  WordsListed: (document.getElementById("words") || {textContent: ""}).textContent,
})`

// TestHostileTextShownAsText loads targets whose every string carries
// markup (title, region, source, credit, names, quotes, words; the
// projection's and the plan's texts are the page's own) by every way in:
// the file picker, a copied link, ?data= on the hosted site, and a pasted
// report paragraph. No element or attribute is made of it, nothing runs,
// and the markup shows as text, in the page, its table and a tooltip.
func TestHostileTextShownAsText(t *testing.T) {
	abs, err := filepath.Abs("../data/testdata/hostile-all.json")
	if err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, p *page, how, lang string) {
		t.Helper()
		got := eval[inert](t, p, readInert)
		title, row := `标题<b class="pwn">标题</b>`, `<b class="pwn">生产总值</b>`
		if lang == "en" {
			title, row = `Title<b class="pwn">Title</b>`, `<b class="pwn">GDP</b>`
		}
		if got.Made != 0 || got.Ran != 0 {
			t.Errorf("%s: %d elements or handlers made of the text, %d ran; want none", how, got.Made, got.Ran)
		}
		if !strings.HasPrefix(got.Title, title) || got.Row != row || !strings.Contains(got.Source, `onerror="window.pwned=1"`) {
			t.Errorf("%s: title %q, first row %q, source %q; want the markup as text", how, got.Title, got.Row, got.Source)
		}
		if !strings.Contains(got.WordsListed, `<em class="pwn">`) {
			t.Errorf("%s: words listed %q; want the markup as text", how, got.WordsListed)
		}
	}

	t.Run("picker, tooltip and link", func(t *testing.T) {
		p := newPage(t, 1200, 900)
		p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
		p.waitReady(t)
		loadFile(t, p, abs)
		settle(t, p)
		check(t, p, "picked", "zh")
		bars := barCenters(t, p, charts.ColorMet)
		if len(bars) == 0 {
			t.Fatal("no scenario bar in the growth chart")
		}
		tip := hoverTip(t, p, bars[0])
		if !strings.Contains(tip, `<b class="pwn">生产总值</b>`) {
			t.Errorf("the tooltip reads %q; want the name's markup as text", tip)
		}
		check(t, p, "after the tooltip", "zh")
		link := eval[string](t, p, `new Promise(r => setTimeout(() => r(location.href), 400))`)
		if !strings.Contains(link, "#d1.") {
			t.Fatalf("the address %.100s carries no targets", link)
		}
		q := newPage(t, 1200, 900)
		q.do(t, chromedp.Navigate(strings.Replace(link, "#", "?lang=en#", 1)))
		q.waitReady(t)
		check(t, q, "the link, in English", "en")
	})

	t.Run("?data= on the hosted site", func(t *testing.T) {
		srv := serve(t, site.HostPolicy, nil, map[string]string{"/hostile.json": string(file)})
		for _, lang := range []string{"zh", "en"} {
			p := newPage(t, 1000, 800)
			p.do(t, chromedp.Navigate(srv.URL+"/?data=/hostile.json&lang="+lang))
			p.waitReady(t)
			check(t, p, "?data= in "+lang, lang)
		}
	})

	t.Run("a pasted paragraph", func(t *testing.T) {
		p := openChinese(t, "file://"+dist(t, "xigong-2015.html"))
		pasteReport(t, p, `2015年主要预期目标：<b class="pwn">地区生产总值</b>增长8%，<img class="pwn" src="x" onerror="window.pwned=1">城镇登记失业率控制在4.5%以内，"' onfocus="window.pwned=1" x="</textarea>保持社会稳定。`, "")
		got := eval[inert](t, p, readInert)
		if got.Made != 0 || got.Ran != 0 {
			t.Errorf("%d elements or handlers made of the paragraph, %d ran; want none", got.Made, got.Ran)
		}
		// The reader drops spaces inside a clause: the markup shows as text without them.
		for _, want := range []string{`地区生产总值</b>`, `<imgclass="pwn"src="x"onerror="window`, `onfocus="window`, `</textarea>`} {
			if !strings.Contains(got.Reading, want) {
				t.Errorf("the reading shows %q; want the paragraph's markup as text (%q)", got.Reading, want)
			}
		}
		if got.Title == "" {
			t.Errorf("no title after reading the paragraph")
		}
	})
}
