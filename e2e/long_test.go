package e2e

import (
	"bytes"
	"fmt"
	"html"
	"image/png"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// longNames are indicators as reports print them, for made-up paragraphs
// of many targets: short and long names, in the order a province's report
// gives them.
var longNames = []string{
	"地区生产总值", "规模以上工业增加值", "全社会固定资产投资", "社会消费品零售总额", "一般公共预算收入",
	"城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "外贸进出口总额", "实际使用外资", "服务业增加值",
	"高新技术产业增加值", "战略性新兴产业增加值", "数字经济核心产业增加值", "研究与试验发展经费投入", "民间投资",
	"工业投资", "网络零售额", "旅游总收入", "金融机构本外币贷款余额", "税收收入",
	"居民消费价格", "粮食产量", "城镇新增就业", "城镇调查失业率", "单位地区生产总值能耗",
	"单位地区生产总值二氧化碳排放", "常住人口城镇化率", "森林覆盖率", "细颗粒物平均浓度", "人口自然增长率",
}

// longReport is a made-up paragraph of n targets of every kind a report
// prints: growth rates (some about, some at least, some ranges), cuts,
// caps in %, floors of amounts and changes in points (the page charts a
// change as a level of its own unit, 个百分点).
func longReport(n int) string {
	var clauses []string
	for k := 0; k < n; k++ {
		name := longNames[k%len(longNames)]
		if k >= len(longNames) {
			name += strconv.Itoa(k)
		}
		x := 5 + k%7
		switch k % 8 {
		case 0, 3:
			clauses = append(clauses, fmt.Sprintf("%s增长%d%%左右", name, x))
		case 1:
			clauses = append(clauses, fmt.Sprintf("%s增长%d%%以上", name, x))
		case 2:
			clauses = append(clauses, fmt.Sprintf("%s增长%d.5-%d%%", name, x, x+1))
		case 4:
			clauses = append(clauses, fmt.Sprintf("%s下降%d.%d%%", name, x/3, k%10))
		case 5:
			clauses = append(clauses, fmt.Sprintf("%s控制在%d.5%%以内", name, x-2))
		case 6:
			clauses = append(clauses, fmt.Sprintf("%s提高%d个百分点", name, 1+k%3))
		default:
			clauses = append(clauses, fmt.Sprintf("%s达到%d万人以上", name, 100+10*k))
		}
	}
	return "2026年主要预期目标是：" + strings.Join(clauses, "，") + "。"
}

// TestBenchLongReport: the benchmark's page of 30 targets is built from the
// paragraph these tests read (longReport(30)), so that what they check is
// what it measures.
func TestBenchLongReport(t *testing.T) {
	b, err := os.ReadFile("../bench/long-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.TrimSpace(string(b)), longReport(30); got != want {
		t.Errorf("bench/long-30.txt = %q; want longReport(30), %q", got, want)
	}
}

// unnamedRows lists the targets of the charts of rows (the growth chart,
// the levels' chart; as each chart's data table names them) whose name
// their chart does not draw whole (its lines may be apart).
const unnamedRows = `[...document.querySelectorAll(".chart.rows")].flatMap(fig => {
  const drawn = [...fig.querySelectorAll(".chart-box svg text")].map(t => t.textContent).join("").replace(/\s/g, "");
  return [...fig.querySelectorAll(".view-data tbody th")].map(th => th.textContent).filter(n => !drawn.includes(n.replace(/\s/g, ""))).map(n => fig.id + ": " + n); })`

// namedReport is a made-up paragraph of 16 growth targets, a rise in
// prices, a cut in energy use and a cap on unemployment, whose English
// names come from the dictionary, some long ("Energy use per unit of gross
// regional product", a cut: three lines above its bars on a phone).
func namedReport() string {
	var clauses []string
	for k, name := range longNames[:16] {
		clauses = append(clauses, fmt.Sprintf("%s增长%d%%左右", name, 5+k%7))
	}
	clauses = append(clauses, "居民消费价格涨幅3%左右", "单位地区生产总值能耗下降2%", "城镇调查失业率控制在5.5%以内")
	return "2026年主要预期目标是：" + strings.Join(clauses, "，") + "。"
}

// toEnds moves every slider to the end of its range named end ("min" or
// "max")
// and waits for the page to answer: a scenario that misses every growth
// target and floor (min) or every cap (max), its labels at the bars' far
// ends or left of zero.
func toEnds(t *testing.T, p *page, end string) {
	t.Helper()
	eval[bool](t, p, `(() => { for (const s of document.querySelectorAll("#controls input[type=range]")) {
  s.value = s.`+end+`; s.dispatchEvent(new Event("input", {bubbles: true})); s.dispatchEvent(new Event("change", {bubbles: true})); } return true; })()`)
	settle(t, p)
}

// TestLongReportLabels reads made-up reports of 1 to 30 targets and reads
// every drawn text of every chart, at phone to desktop widths and in both
// languages, at the targets (met), with every slider at its minimum and at
// its maximum (missed): every target of a chart of rows named, no text
// crossing its chart's edge, no two overlapping.
func TestLongReportLabels(t *testing.T) {
	site := serveSite(t, "")
	reports := map[string]string{"named": namedReport()}
	for _, n := range []int{1, 5, 12, 20, 30} {
		reports[fmt.Sprintf("%02d-targets", n)] = longReport(n)
	}
	for _, name := range slices.Sorted(maps.Keys(reports)) {
		for _, w := range []int64{320, 360, 390, 768, 1280} {
			for _, lang := range []string{"zh", "en"} {
				t.Run(fmt.Sprintf("%s-%d-%s", name, w, lang), func(t *testing.T) {
					p := phoneAt(t, w, site.URL+"/?lang="+lang)
					pasteReport(t, p, reports[name], "")
					for _, end := range []string{"", "min", "max"} {
						if end != "" {
							toEnds(t, p, end)
						}
						eval[bool](t, p, `new Promise(r => setTimeout(() => r(true), 400))`) // the update animations
						for _, problem := range eval[[]string](t, p, labelProblems) {
							t.Errorf("sliders at %q: %s", end, problem)
						}
						for _, name := range eval[[]string](t, p, unnamedRows) {
							t.Errorf("sliders at %q: a chart of rows does not name %q", end, name)
						}
					}
				})
			}
		}
	}
}

// TestLongReportIndex: a report of many targets lists them above the charts
// in its own order; tapping a name brings its slider into the window and
// focuses it, and leaves the address as it is. Xigong's ten have no index.
func TestLongReportIndex(t *testing.T) {
	site := serveSite(t, "")
	p := phoneAt(t, 360, site.URL+"/?lang=zh")
	if n := eval[int](t, p, `document.querySelectorAll("#index").length`); n != 0 {
		t.Errorf("Xigong's page has %d indexes; want none", n)
	}
	pasteReport(t, p, longReport(30), "")
	names := eval[[]string](t, p, `[...document.querySelectorAll("#index button")].map(b => b.textContent)`)
	rows := eval[[]string](t, p, `[...document.querySelectorAll("#targets-table tbody th")].map(th => th.textContent)`)
	if strings.Join(names, "|") != strings.Join(rows, "|") || len(names) < 20 {
		t.Fatalf("the index lists %q; want the targets as the table does, in the report's order: %q", names, rows)
	}
	settle(t, p)
	time.Sleep(400 * time.Millisecond) // the address follows 250 ms late
	address := eval[string](t, p, `location.href`)
	eval[bool](t, p, `(document.getElementById("index").open = true, true)`)
	tap(t, p, "#index li:nth-child(25) button", true)
	got := eval[[]string](t, p, `new Promise(r => setTimeout(() => { const s = document.activeElement.closest(".slider"), b = s ? s.getBoundingClientRect() : null;
  r([s ? s.querySelector(".name").textContent : document.activeElement.tagName, String(b !== null && b.top >= 0 && b.bottom <= innerHeight), location.href]); }, 400))`)
	if got[0] != names[24] || got[1] != "true" || got[2] != address {
		t.Errorf("after tapping %q in the index: focus on %q, in the window %s, address %.60q; want its slider focused and in the window, the address as before (%.60q)", names[24], got[0], got[1], got[2], address)
	}
}

// maxPhonePxPerTarget bounds the length of a 30-target report's page on a
// 360 px phone, a target's share, in each language (its history:
// docs/performance.md).
var maxPhonePxPerTarget = map[string]float64{"zh": 430, "en": 520}

// TestLongReportPhonePage: the page of a report of 30 targets on a phone
// stays short (its targets table folded, every slider above saying what
// the table would), the table open on a desktop, and open to print.
func TestLongReportPhonePage(t *testing.T) {
	site := serveSite(t, "")
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int64{360, 1280} {
			t.Run(fmt.Sprintf("%s-%d", lang, w), func(t *testing.T) {
				p := phoneAt(t, w, site.URL+"/?lang="+lang)
				pasteReport(t, p, longReport(30), "")
				open := eval[bool](t, p, `document.getElementById("targets-fold").open`)
				if phone := w <= 560; open == phone {
					t.Errorf("the targets table open: %v; want it folded on a phone only", open)
				}
				if w > 560 {
					return
				}
				per := eval[float64](t, p, `document.documentElement.scrollHeight`) / 30
				t.Logf("%s, %d px: %.0f px a target", lang, w, per)
				if per > maxPhonePxPerTarget[lang] {
					t.Errorf("the page takes %.0f px a target; want at most %.0f", per, maxPhonePxPerTarget[lang])
				}
				if !eval[bool](t, p, `(dispatchEvent(new Event("beforeprint")), document.getElementById("targets-fold").open)`) {
					t.Errorf("the folded table is not opened to print")
				}
				if eval[bool](t, p, `(dispatchEvent(new Event("afterprint")), document.getElementById("targets-fold").open)`) {
					t.Errorf("the table is not folded again after printing")
				}
				// A reader who opened it keeps it open when the page is
				// shown anew (here in the other language).
				eval[bool](t, p, `new Promise(r => setTimeout(() => { document.querySelector("#targets-fold > summary").click(); setTimeout(() => r(true), 50); }, 50))`)
				before := eval[float64](t, p, `performance.getEntriesByName("interactive").at(-1).startTime`)
				eval[bool](t, p, `(document.getElementById("lang-switch").click(), true)`)
				waitShown(t, p, before)
				if !eval[bool](t, p, `document.getElementById("targets-fold").open`) {
					t.Errorf("the table the reader opened is folded again when the page is shown in the other language")
				}
			})
		}
	}
}

// svgText is the text an SVG draws, its tags dropped, entities decoded and
// white space taken out (a name drawn on two lines is whole again).
func svgText(svg string) string {
	var b strings.Builder
	in := false
	for _, r := range svg {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in && !unicode.IsSpace(r):
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}

// TestDownloadsOfALongReport: the SVG and PNG downloads of the charts of
// rows of a report of 30 targets hold every row: every name of the chart's
// data table is drawn in the SVG, and the PNG is as tall for its width as
// the chart's box.
func TestDownloadsOfALongReport(t *testing.T) {
	dir := t.TempDir()
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
	p.waitReady(t)
	pasteReport(t, p, longReport(30), "")
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	// read waits for the download whose name ends as given (the names begin
	// with the region read, or the page's word for none).
	read := func(ending string) []byte {
		for range 100 {
			if names, _ := filepath.Glob(filepath.Join(dir, "*"+ending)); len(names) == 1 {
				if b, err := os.ReadFile(names[0]); err == nil && len(b) > 0 {
					return b
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("no download *%s", ending)
		return nil
	}
	for _, id := range []string{"growth", "levels"} {
		names := eval[[]string](t, p, `[...document.querySelectorAll("#fig-`+id+` .view-data tbody th")].map(th => th.textContent.replace(/\s/g, ""))`)
		if len(names) < 2 {
			t.Fatalf("the %s chart has %d rows; want the report's", id, len(names))
		}
		eval[bool](t, p, `(document.querySelector("#fig-`+id+` .svg").click(), document.querySelector("#fig-`+id+` .png").click(), true)`)
		drawn := svgText(string(read("-2026-" + id + ".svg")))
		for _, n := range names {
			if !strings.Contains(drawn, n) {
				t.Errorf("the %s chart's SVG download does not draw %q", id, n)
			}
		}
		img, err := png.DecodeConfig(bytes.NewReader(read("-2026-" + id + ".png")))
		if err != nil {
			t.Fatalf("the %s chart's PNG: %v", id, err)
		}
		box := eval[[]float64](t, p, `(() => { const r = document.getElementById("chart-`+id+`").getBoundingClientRect(); return [r.width, r.height]; })()`)
		if got, want := float64(img.Height)/float64(img.Width), box[1]/box[0]; got < want {
			t.Errorf("the %s chart's PNG is %d × %d, shorter for its width than the chart (%.0f × %.0f)", id, img.Width, img.Height, box[0], box[1])
		}
	}
}
