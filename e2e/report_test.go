package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"xigong/site"
)

// corpusText returns the paragraph of a corpus file of package reading.
func corpusText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../reading/corpus/testdata/corpus/" + name)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(b), "=== text\n")
	text, _, _ := strings.Cut(rest, "\n=== expected")
	return text
}

// pasteReport pastes text into the report panel with a year (none: "")
// and reads it, waiting for the page to show the targets or the panel to
// answer.
func pasteReport(t *testing.T, p *page, text, year string) {
	t.Helper()
	before := eval[float64](t, p, `(performance.getEntriesByName("interactive").at(-1) || {startTime: 0}).startTime`)
	eval[bool](t, p, `(() => { document.getElementById("own-report").open = true;
  document.getElementById("report-text").value = `+jsString(text)+`;
  document.getElementById("report-year").value = `+jsString(year)+`;
  document.getElementById("report-read").click(); return true; })()`)
	done := `!!document.querySelector(".reading-message") || performance.getEntriesByName("interactive").some(m => m.startTime > ` + strconv.FormatFloat(before, 'f', -1, 64) + `)`
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if eval[bool](t, p, done) {
			settle(t, p)
			return
		}
	}
	t.Fatalf("reading the report: the page neither showed targets nor answered (problems: %v)", p.Problems())
}

// openChinese opens url in Chinese and waits for it.
func openChinese(t *testing.T, url string) *page {
	t.Helper()
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate(url+"?lang=zh"))
	p.waitReady(t)
	return p
}

// pageState is what a test reads of the page after a report is read.
type pageState struct {
	Title, Summary, Reading, Message string
	Sliders                          int
}

const readPage = `({
  Title: document.getElementById("title").textContent,
  Summary: document.getElementById("summary-count").textContent,
  Reading: document.getElementById("report-reading").innerText,
  Message: (document.querySelector(".reading-message") || {textContent: ""}).textContent,
  Sliders: document.querySelectorAll("#controls input[type=range]").length,
})`

// TestReportRead: a report's paragraph pasted in the page is read, shown
// clause by clause, and charted; a slider moves; the scenario link and the
// language switch keep the targets; a text with no targets gets a clear
// message and the page stays.
func TestReportRead(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")

	t.Run("the seed's block, charted, moved, linked, in English", func(t *testing.T) {
		p := openChinese(t, url)
		page, err := os.ReadFile("../data/testdata/seed-page.txt")
		if err != nil {
			t.Fatal(err)
		}
		pasteReport(t, p, strings.Join(strings.Split(string(page), "\n")[8:31], "\n"), "")
		got := eval[pageState](t, p, readPage)
		if got.Sliders != 10 || got.Summary != "情景达标 10 / 10 项" || got.Title != "西工区2015年预期目标" ||
			!strings.Contains(got.Reading, "读出 10 个目标：10 个画成了图表") || !strings.Contains(got.Reading, "制图闵敏 略去：图片署名或作者") {
			t.Fatalf("after reading the seed's block: %+v", got)
		}
		if n := len(readChartsBy(t, p)); n != 3 {
			t.Errorf("%d charts; want 3 (growth and the two caps: no projection for a reader's targets)", n)
		}
		if region := eval[string](t, p, `document.getElementById("report-region").value`); region != "西工区" {
			t.Errorf("the region field after reading: %q; want 西工区, read from the heading", region)
		}
		// Beside the summary: how many numbers were read as targets, and a
		// link to the reading.
		if got := eval[string](t, p, `(e => e.hidden ? "" : e.textContent)(document.getElementById("summary-read"))`); got != "文字中有 11 个数：10 个读成了目标，1 个不是目标。 逐句核对读法" {
			t.Errorf("beside the summary: %q; want the numbers counted and a button to the reading", got)
		}
		// The button goes to the reading and leaves the address as it is:
		// its fragment carries the targets.
		settle(t, p)
		time.Sleep(400 * time.Millisecond) // the address follows 250 ms late
		address := eval[string](t, p, `location.href`)
		jumped := eval[[]string](t, p, `(document.querySelector("#summary-read button").click(), new Promise(r => setTimeout(() => r([location.href, String((t => t >= 0 && t < innerHeight)(document.getElementById("report-reading").getBoundingClientRect().top))]), 300)))`)
		if jumped[0] != address || !strings.Contains(jumped[0], "#d1.") || jumped[1] != "true" {
			t.Errorf("after the button to the reading: address %.60q, the reading's top in the window: %s; want the address as before (%.60q, with the targets) and the reading in the window", jumped[0], jumped[1], address)
		}
		// Every number of the words is marked as what it was read as.
		marked := eval[[]string](t, p, `[...document.querySelectorAll("#report-reading q mark")].map(m => m.className + ":" + m.textContent)`)
		if got, want := strings.Join(marked, " "), "n-other:2015 n-target:10.5 n-target:11 n-target:13 n-target:10 n-target:19 n-target:11 n-target:10 n-target:2 n-target:4.5 n-target:6.7"; got != want {
			t.Errorf("the numbers marked in the words: %s; want %s", got, want)
		}
		p.do(t, chromedp.Focus("#s-gross-regional-product"), chromedp.KeyEvent(kb.ArrowLeft))
		settle(t, p)
		if s := eval[string](t, p, `document.getElementById("summary-count").textContent`); s != "情景达标 9 / 10 项" {
			t.Errorf("after a move: %q; want 9 / 10", s)
		}
		link := eval[string](t, p, `new Promise(r => setTimeout(() => r(location.href), 400))`) // the address follows after a moment
		if !strings.Contains(link, "#d1.") || !strings.HasSuffix(link, ";v1:gross-regional-product=10.4") {
			t.Fatalf("the link %q does not carry the targets and the scenario", link)
		}
		q := newPage(t, 1200, 900)
		q.do(t, chromedp.Navigate(link))
		q.waitReady(t)
		if got := eval[pageState](t, q, readPage); got.Summary != "情景达标 9 / 10 项" || got.Title != "西工区2015年预期目标" {
			t.Errorf("the link opened: %+v; want the read targets with the move", got)
		}
		before := eval[float64](t, p, `performance.getEntriesByName("interactive").at(-1).startTime`)
		eval[bool](t, p, `document.getElementById("lang-switch").click(), true`)
		en := eval[pageState](t, p, `new Promise(r => { const wait = () => {
  if (performance.getEntriesByName("interactive").at(-1).startTime <= `+strconv.FormatFloat(before, 'f', -1, 64)+`) return setTimeout(wait, 20);
  r(`+readPage+`); }; wait(); })`)
		if en.Summary != "The scenario meets 9 of 10 targets" || !strings.Contains(en.Reading, "Targets read: 10; charted: 10") {
			t.Errorf("in English: %+v; want the read targets, the move and the reading in English", en)
		}
	})

	t.Run("a national paragraph: a cut of about X charted, the targets in words listed", func(t *testing.T) {
		p := openChinese(t, url)
		pasteReport(t, p, corpusText(t, "08-national-2024.txt"), "2024")
		got := eval[pageState](t, p, readPage)
		if got.Sliders != 6 || !strings.Contains(got.Reading, "读出 9 个目标：6 个画成了图表；3 个列在图表下方") ||
			!strings.Contains(got.Reading, "城镇调查失业率：水平 ≈ 5.5%\n") || !strings.Contains(got.Reading, "城镇新增就业：水平 ≥ 1200 万人\n") ||
			!strings.Contains(got.Reading, "单位国内生产总值能耗：下降 ≈ 2.5%\n") || !strings.Contains(got.Reading, "国内生产总值：增长 ≈ 5%") {
			t.Errorf("after reading the 2024 national paragraph: %+v", got)
		}
		words := eval[[]string](t, p, `[...document.querySelectorAll("#words li")].map(li => li.textContent)`)
		want := []string{"居民收入增长和经济增长同步：居民收入增長和經濟增長同步（文字目标，没有数字）", // quoted as printed
			"国际收支保持基本平衡：國際收支保持基本平衡（文字目标，没有数字）",
			"生态环境品质持续改善：生態環境品質持續改善（文字目标，没有数字）"}
		if strings.Join(words, "\n") != strings.Join(want, "\n") {
			t.Errorf("the targets listed under the charts:\n%s\nwant:\n%s", strings.Join(words, "\n"), strings.Join(want, "\n"))
		}
		if !eval[bool](t, p, `!document.getElementById("report-file").hidden`) {
			t.Error("no button to download the targets read")
		}
		kind := eval[string](t, p, `[...document.querySelectorAll('#targets-table tbody tr')].find(tr => tr.querySelector("th").textContent == "单位国内生产总值能耗").querySelector('td[data-label="类型"]').textContent`)
		if kind != "降低目标：降幅 2.5% 左右（±0.5，本工具的假设）" {
			t.Errorf("the cut's kind in the table: %q", kind)
		}
	})

	t.Run("a range: between its ends, missed above and below", func(t *testing.T) {
		p := openChinese(t, url)
		pasteReport(t, p, corpusText(t, "13-shanghai-2019.txt"), "2019")
		row := `document.querySelector('#targets-table tr[data-id="gross-regional-product"]').innerText`
		if got := eval[string](t, p, row); !strings.Contains(got, "6–6.5%") || !strings.Contains(got, "增长目标：6–6.5%（区间）") || !strings.Contains(got, "✓") {
			t.Fatalf("the range's row: %q; want its two ends, its kind and met at the lower end", got)
		}
		p.do(t, chromedp.Focus("#s-gross-regional-product"), chromedp.KeyEvent(kb.ArrowLeft))
		settle(t, p)
		missed := `document.getElementById("summary-missed").textContent`
		if got := eval[string](t, p, missed); !strings.Contains(got, "生产总值（低于目标区间 0.1 个百分点）") {
			t.Errorf("below the range: %q", got)
		}
		for range 7 {
			p.do(t, chromedp.KeyEvent(kb.ArrowRight))
		}
		settle(t, p)
		if got := eval[string](t, p, missed); !strings.Contains(got, "生产总值（高于目标区间 0.1 个百分点）") {
			t.Errorf("above the range: %q", got)
		}
	})

	t.Run("changes in points: charted as the rise or the fall", func(t *testing.T) {
		p := openChinese(t, url)
		pasteReport(t, p, "2026年主要预期目标：地区生产总值增长6%左右，常住人口城镇化率提高1个百分点左右，城镇调查失业率下降0.5个百分点。", "")
		titles := eval[[]string](t, p, `[...document.querySelectorAll("#figures figure")].map(f => f.getAttribute("aria-label") || f.querySelector("figcaption, h3")?.textContent || "")`)
		kinds := eval[[]string](t, p, `[...document.querySelectorAll('#targets-table tbody tr')].map(tr => tr.querySelector("th").textContent + " " + tr.querySelector('td[data-label="类型"]').textContent)`)
		want := []string{"地区生产总值 增长目标：6% 左右（±0.5，本工具的假设）", "常住人口城镇化率（提高幅度） 水平目标：1 个百分点 左右（±0.5，本工具的假设）",
			"城镇调查失业率（下降幅度） 水平目标：不低于 0.5 个百分点"}
		if strings.Join(kinds, "\n") != strings.Join(want, "\n") {
			t.Errorf("the targets charted:\n%s\nwant:\n%s\n(charts %q)", strings.Join(kinds, "\n"), strings.Join(want, "\n"), titles)
		}
		if n := len(readChartsBy(t, p)); n != 2 {
			t.Errorf("%d charts; want 2 (growth, and one of rows for the two changes in points)", n)
		}
	})

	t.Run("no targets: a message, the page kept", func(t *testing.T) {
		p := openChinese(t, url)
		title := eval[string](t, p, `document.getElementById("title").textContent`)
		pasteReport(t, p, "今年是全面贯彻落实党的十八大精神的开局之年。", "")
		got := eval[pageState](t, p, readPage)
		if got.Title != title || got.Sliders != 10 || !strings.HasPrefix(got.Message, "这段文字里没有读出目标") {
			t.Errorf("after a text with no targets: %+v; want the message and the page kept", got)
		}
	})
	t.Run("no year: asked for", func(t *testing.T) {
		p := openChinese(t, url)
		pasteReport(t, p, corpusText(t, "07-national-2023-simplified.txt"), "")
		if got := eval[pageState](t, p, readPage); got.Sliders != 10 || got.Message != "文字里没有写明年份：请填写目标年份。" {
			t.Errorf("a paragraph with no year: %+v; want the year asked for and the page kept", got)
		}
		if focused := eval[string](t, p, `document.activeElement.id`); focused != "report-year" {
			t.Errorf("focus on %q after a paragraph with no year; want the year's field", focused)
		}
	})
}

// TestReportFromAFile: a text file picked (or dropped) is read as a report.
func TestReportFromAFile(t *testing.T) {
	p := openChinese(t, "file://"+dist(t, "xigong-2015.html"))
	file := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(file, []byte(corpusText(t, "08-national-2024.txt")), 0o644); err != nil {
		t.Fatal(err)
	}
	p.do(t, chromedp.SetUploadFiles("#data-file", []string{file}))
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if eval[bool](t, p, `!!document.querySelector(".reading-message")`) {
			break
		}
	}
	if got := eval[pageState](t, p, readPage); got.Message != "文字里没有写明年份：请填写目标年份。" || !strings.Contains(got.Reading, "读出 9 个目标。") {
		t.Errorf("a report's text file picked: %+v; want it read (and the year asked for)", got)
	}
}

// TestReportFileRoundTrip: the targets read from a report download as a
// v2 file, which a reader corrects by hand and loads back: the page shows
// the corrected targets, charted and listed as before.
func TestReportFileRoundTrip(t *testing.T) {
	dir := t.TempDir()
	p := openChinese(t, "file://"+dist(t, "xigong-2015.html"))
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	pasteReport(t, p, corpusText(t, "08-national-2024.txt"), "2024")
	p.do(t, chromedp.Click("#report-file"))
	var file []byte
	for range 100 {
		if b, err := os.ReadFile(filepath.Join(dir, "region-not-stated-2024.json")); err == nil && len(b) > 0 {
			file = b
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.HasPrefix(string(file), "{\n  \"schema\": \"xigong-targets/v2\",\n  \"year\": 2024,") || strings.Count(string(file), `"quote"`) != 9 {
		t.Fatalf("the targets file downloaded: %.300q; want v2, indented, with the 9 targets read", file)
	}
	corrected := strings.Replace(string(file), `"value": 5,`, `"value": 5.5,`, 1) // GDP "about 5%", corrected to 5.5 by hand
	if corrected == string(file) {
		t.Fatal("the file has no GDP value of 5 to correct")
	}
	path := filepath.Join(dir, "corrected.json")
	if err := os.WriteFile(path, []byte(corrected), 0o644); err != nil {
		t.Fatal(err)
	}
	q := openChinese(t, "file://"+dist(t, "xigong-2015.html"))
	before := eval[float64](t, q, `performance.getEntriesByName("interactive").at(-1).startTime`)
	q.do(t, chromedp.SetUploadFiles("#data-file", []string{path}))
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if eval[bool](t, q, `performance.getEntriesByName("interactive").at(-1).startTime > `+strconv.FormatFloat(before, 'f', -1, 64)) {
			break
		}
	}
	settle(t, q)
	got := eval[pageState](t, q, readPage)
	target := eval[string](t, q, `document.querySelector('#targets-table tbody tr td[data-label="目标"]').textContent`)
	words := eval[int](t, q, `document.querySelectorAll("#words li").length`)
	if got.Title != "（未注明地区）2024年预期目标" || got.Sliders != 6 || target != "5.5%" || words != 3 {
		t.Errorf("the corrected file loaded: %+v, GDP target %q, %d listed; want the 2024 targets, 6 sliders, 5.5%%, 3 listed", got, target, words)
	}
}

// TestReadBeforeGoIsUp: a report read as soon as the page takes changes,
// while the Go program is still on its way (its module held back 1.5 s),
// is read once the program is up, not refused with an exception.
func TestReadBeforeGoIsUp(t *testing.T) {
	files := site.Handler(dist(t, "site"), site.HostPolicy)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			time.Sleep(1500 * time.Millisecond)
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	p := openChinese(t, srv.URL+"/")
	if eval[bool](t, p, `!!globalThis.xigong`) {
		t.Fatal("the Go program is up before the page takes changes; the test needs it on its way")
	}
	pasteReport(t, p, corpusText(t, "01-xigong-2015.txt"), "2015")
	if got := eval[int](t, p, `document.querySelectorAll("#controls input[type=range]").length`); got != 10 {
		t.Errorf("%d sliders after reading the seed's paragraph; want 10", got)
	}
	if problems := p.Problems(); len(problems) > 0 {
		t.Errorf("problems: %v", problems)
	}
}
