package e2e

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Printing gives one A4 page, in either language: the summary (with the
// projection's figures), the growth and cap charts redrawn at their size on
// paper, the targets table and the source line; no controls, panels or plan.
func TestPrintsOnePage(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")
	p := newPage(t, 1200, 900)
	for _, lang := range []string{"en", "zh"} {
		p.do(t, chromedp.Navigate(url+"?lang="+lang+"#v1:gdp=9,unemployment=4.8"))
		p.waitReady(t)
		cssSize := true
		pdf, err := chromedp.Call(p.ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PreferCSSPageSize: &cssSize})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf.Data, -1)); n != 1 {
			t.Errorf("the printout in %s has %d pages; want 1", lang, n)
		}
	}

	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	shown := eval[string](t, p, `["#summary-count", "#summary-missed", "#summary-follows", "#chart-growth", "#chart-unemployment", "#chart-population", "#targets-table", "#source",
  ".sliders", "#plan", "#embed", "#own-data", ".chart figcaption", "#chart-projection"].map(s => s + "=" + (document.querySelector(s).getClientRects().length > 0)).join(" ")`)
	want := "#summary-count=true #summary-missed=true #summary-follows=true #chart-growth=true #chart-unemployment=true #chart-population=true #targets-table=true #source=true " +
		".sliders=false #plan=false #embed=false #own-data=false .chart figcaption=false #chart-projection=false"
	if shown != want {
		t.Errorf("printed:\n%s\nwant\n%s", strings.ReplaceAll(shown, " ", "\n"), strings.ReplaceAll(want, " ", "\n"))
	}

	size := `[...document.querySelectorAll(".chart-box svg")].map(s => s.getAttribute("width") + "x" + s.getAttribute("height")).join(" ")`
	eval[bool](t, p, `(dispatchEvent(new Event("beforeprint")), true)`)
	if got, want := eval[string](t, p, size), "703x333 348x151 348x151 348x151"; got != want {
		t.Errorf("charts drawn for paper at %s; want %s", got, want)
	}
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""}); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, p, `(dispatchEvent(new Event("afterprint")), true)`)
	if got := eval[string](t, p, size); strings.Contains(got, "x151") {
		t.Errorf("charts after printing at %s; want their boxes' sizes back", got)
	}
}
