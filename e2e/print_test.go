package e2e

import (
	"fmt"
	imgpng "image/png"
	"os"
	"os/exec"
	"path/filepath"
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
		for _, theme := range []string{"light", "dark"} {
			p.do(t, chromedp.Navigate(url+"?lang="+lang+"&theme="+theme+"#v1:gdp=9,unemployment=4.8"))
			p.waitReady(t)
			cssSize := true
			pdf, err := chromedp.Call(p.ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PreferCSSPageSize: &cssSize})
			if err != nil {
				t.Fatal(err)
			}
			if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf.Data, -1)); n != 1 {
				t.Errorf("the printout in %s, %s, has %d pages; want 1", lang, theme, n)
			}
			printed(t, pdf.Data, lang, theme)
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
	if got, want := eval[string](t, p, size), "703x378 348x219 348x219 348x219"; got != want {
		t.Errorf("charts drawn for paper at %s; want %s", got, want)
	}
	for _, problem := range eval[[]string](t, p, labelProblems) {
		t.Errorf("on paper, %s", problem)
	}
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""}); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, p, `(dispatchEvent(new Event("afterprint")), true)`)
	if got := eval[string](t, p, size); strings.Contains(got, "x219") {
		t.Errorf("charts after printing at %s; want their boxes' sizes back", got)
	}
}

// pdfText prints the page to PDF as the browser's print would (A4, the
// page's CSS size) and returns the text pdftotext reads of it.
func pdfText(t *testing.T, p *page) string {
	t.Helper()
	_, err := exec.LookPath("pdftotext")
	need(t, err == nil, "pdftotext is missing (apt-get install -y poppler-utils)")
	cssSize := true
	pdf, err := chromedp.Call(p.ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PreferCSSPageSize: &cssSize})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "print.pdf")
	if err := os.WriteFile(path, pdf.Data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// printed reads the text of a printout (pdftotext, poppler-utils: only what
// is drawn inside the page, so a chart clipped by a late redraw loses its
// texts) and checks that every growth target's name and target label, both
// caps' whole titles, lines and labels, and the table are there; and that
// the text is dark on the white paper whatever the page's theme.
func printed(t *testing.T, pdf []byte, lang, theme string) {
	t.Helper()
	_, err := exec.LookPath("pdftotext")
	need(t, err == nil, "pdftotext is missing (apt-get install -y poppler-utils)")
	dir := t.TempDir()
	path := filepath.Join(dir, "print.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output() // in reading order: the two caps side by side stay apart
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	want := map[string][]string{
		"zh": {"地区生产总值", "公共财政预算收入", "社会消费品零售总额", "城乡居民收入", "固定资产投资", "规模以上工业增加值", "外贸出口", "万元GDP能耗",
			"目标 10.5%", "目标 11%", "目标 13%", "目标 19%", "目标 10%", "（降幅）", "✓ 2.0%", "✗ 9.0%",
			"城镇登记失业率：上限 4.5%", "人口自然增长率：上限 6.7‰", "上限 4.5%", "上限 6.7‰", "超出上限", "✗ 4.8%", "✓ 6.7‰", "情景达标 7 / 8 项"},
		"en": {"Gross regional product", "Fixed-asset investment", "Exports",
			"Target 10.5%", "Target 19%", "Target 2%", "✗ 9.0%",
			"Registered urban unemployment rate: cap 4.5%", "Natural population growth rate: cap 6.7‰", "cap 4.5%", "over the cap", "✗ 4.8%", "✓ 6.7‰"},
	}[lang]
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the printout in %s, %s, lacks %q (the text printed: %.600s…)", lang, theme, w, text)
		}
	}
	// The text's colour: pdftoppm draws the page; the darkest pixels of its
	// top (the title) must be dark.
	if _, err := exec.LookPath("pdftoppm"); err == nil {
		png := filepath.Join(dir, "page")
		if err := exec.Command("pdftoppm", "-r", "40", "-png", "-singlefile", "-y", "0", "-H", "60", "-W", "330", path, png).Run(); err != nil {
			t.Fatalf("pdftoppm: %v", err)
		}
		f, err := os.Open(png + ".png")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := imgpng.Decode(f)
		if err != nil {
			t.Fatal(err)
		}
		darkest := 255
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl, _ := img.At(x, y).RGBA()
				if l := int((r>>8)*299+(g>>8)*587+(bl>>8)*114) / 1000; l < darkest {
					darkest = l
				}
			}
		}
		if darkest > 90 {
			t.Errorf("the printout's title in %s, %s, is no darker than %d of 255; want dark text on white", lang, theme, darkest)
		}
	}
}

// TestPrintsLongReport: the charts of a made-up report of many targets,
// redrawn for paper, name every target of a chart of rows and keep every drawn text
// apart and inside its chart.
func TestPrintsLongReport(t *testing.T) {
	for _, n := range []int{12, 20, 30} {
		for _, lang := range []string{"zh", "en"} {
			t.Run(fmt.Sprintf("%d-targets-%s", n, lang), func(t *testing.T) {
				p := newPage(t, 1200, 900)
				p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"?lang="+lang))
				p.waitReady(t)
				pasteReport(t, p, longReport(n), "")
				if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
					t.Fatal(err)
				}
				eval[bool](t, p, `(dispatchEvent(new Event("beforeprint")), new Promise(r => setTimeout(() => r(true), 300)))`)
				for _, problem := range eval[[]string](t, p, labelProblems) {
					t.Errorf("on paper, %s", problem)
				}
				missing := eval[[]string](t, p, unnamedRows)
				for _, name := range missing {
					t.Errorf("on paper, a chart of rows does not name %q", name)
				}
				// The printout itself: each name of a chart of rows is
				// printed twice at least, in its chart and in the table
				// (pdftotext gives only what is drawn inside the page).
				names := eval[[]string](t, p, `[...document.querySelectorAll(".chart.rows .view-data tbody th")].map(th => th.textContent.replace(/\s/g, ""))`)
				printout := pdfText(t, p)
				text := strings.Join(strings.Fields(printout), "")
				for _, name := range names {
					if n := strings.Count(text, name); n < 2 {
						t.Errorf("the printout names %q %d times; want it in its chart and in the table", name, n)
					}
				}
				// The growth chart starts on the first page, under the
				// summary (pdftotext ends each page with a form feed).
				title := map[string]string{"zh": "增长目标：目标与情景", "en": "Growth targets: target and scenario"}[lang]
				if first, _, _ := strings.Cut(printout, "\f"); !strings.Contains(first, title) {
					t.Errorf("the printout's first page lacks the growth chart (%q); it has: %.300q", title, first)
				}
			})
		}
	}
}

// TestPrintsAReportRead: the page of the seed's paragraph, read, prints on
// one A4 page in either language, without the proofreading desk (its rows
// say again what the targets table says) or the button to the reading.
func TestPrintsAReportRead(t *testing.T) {
	seed, err := os.ReadFile("../data/testdata/seed-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		p := newPage(t, 1280, 900)
		p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"?lang="+lang))
		p.waitReady(t)
		pasteReport(t, p, strings.Join(strings.Split(string(seed), "\n")[8:31], "\n"), "")
		cssSize := true
		pdf, err := chromedp.Call(p.ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PreferCSSPageSize: &cssSize})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf.Data, -1)); n != 1 {
			t.Errorf("the printout of the report read, in %s, has %d pages; want 1", lang, n)
		}
		if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		if shown := eval[string](t, p, `["#desk", "#summary-read button", "#targets-table"].map(s => s + "=" + (document.querySelector(s).getClientRects().length > 0)).join(" ")`); shown != "#desk=false #summary-read button=false #targets-table=true" {
			t.Errorf("printed, in %s: %s; want no desk, no button, the table", lang, shown)
		}
	}
}
