package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"xigong/data"
	"xigong/site"
)

// loadFile picks a file in the page's "own targets" panel and waits until
// the page shows it (a new interactive mark) or lists its errors.
func loadFile(t *testing.T, p *page, path string) {
	t.Helper()
	before := eval[float64](t, p, `(performance.getEntriesByName("interactive").at(-1) || {startTime: 0}).startTime`)
	p.do(t, chromedp.SetUploadFiles("#data-file", []string{path}))
	shown := `!document.getElementById("data-errors") || !document.getElementById("data-errors").hidden ||
  performance.getEntriesByName("interactive").some(m => m.startTime > ` + strconv.FormatFloat(before, 'f', -1, 64) + `)`
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if eval[bool](t, p, shown) {
			return
		}
	}
	t.Fatalf("loading %s: the page neither showed it nor listed errors (problems: %v)", path, p.Problems())
}

func TestOwnTargets(t *testing.T) {
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
	p.waitReady(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	t.Run("a bad file lists its errors and keeps the charts", func(t *testing.T) {
		loadFile(t, p, write("bad.json", `{"schema": "xigong-targets/v1", "year": 2015, "baseYear": 2014,
  "title": {"zh": "甲", "en": "A"}, "region": {"zh": "乙", "en": "B"}, "source": {"zh": "丙", "en": "C"},
  "indicators": [{"id": "Bad Id", "name": {"zh": "丁", "en": "D"}, "quote": "丁", "bound": "cap", "value": -1, "unit": "<b>",
  "scenario": {"min": 0, "max": 10, "step": 1}}]}`))
		errs := eval[[]string](t, p, `[...document.querySelectorAll("#data-errors li")].map(li => li.textContent)`)
		want := []string{
			`第 1 项指标“Bad Id” › 代号（“indicators[0].id”）：应由 1 至 32 个小写字母、数字或连字符组成，以字母开头，实为 "Bad Id"`,
			`第 1 项指标“Bad Id” › 目标值（“indicators[0].value”）：上限应不小于 0，实为 -1`,
			`第 1 项指标“Bad Id” › 目标值（“indicators[0].value”）：应在滑块范围 [0, 10] 之内，实为 -1`,
			`第 1 项指标“Bad Id” › 单位（“indicators[0].unit”）：应为 1 到 16 个字符的单位（如“%”“万人”），不含 < > & 引号，实为 "<b>"`,
		}
		if strings.Join(errs, "\n") != strings.Join(want, "\n") {
			t.Errorf("errors listed:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
		}
		if n := len(readChartsBy(t, p)); n != 4 {
			t.Errorf("%d charts after a bad file; want the 4 kept", n)
		}
		if s := readState(t, p, "gdp"); s.Summary != "情景达标 10 / 10 项" {
			t.Errorf("summary after a bad file = %q; want the old data", s.Summary)
		}
	})

	t.Run("a hostile file is shown as text and runs nothing", func(t *testing.T) {
		abs, err := filepath.Abs("../data/testdata/hostile.json")
		if err != nil {
			t.Fatal(err)
		}
		loadFile(t, p, abs)
		got := eval[[]string](t, p, `[document.getElementById("title").textContent, document.querySelector("#targets-table tbody th").textContent,
  document.querySelector(".chart-box").getAttribute("aria-label"),
  String([...document.querySelectorAll("#page img, #page svg, #page script, #page image, #page foreignObject")].filter(e => !e.closest(".chart-box") || e.tagName !== "svg").length)]`)
		if got[0] != "<img src=x onerror=alert(1)>" || got[1] != "<i>名</i>" || !strings.HasPrefix(got[2], "<i>名</i>。") || got[3] != "0" {
			t.Errorf("hostile file shown as %q; want the names literally, no element made from them (but the charts' own <svg>)", got)
		}
		p.do(t, chromedp.Focus("#s-x"), chromedp.KeyEvent("\u0303")) // ArrowRight
		if s := readState(t, p, "x"); s.Output != "1.5%" || s.VerdictClass != "verdict missed" {
			t.Errorf("the hostile file's slider: %+v; want 1.5%% and missed", s)
		}
	})

	t.Run("a 20 MB file is refused before it is read", func(t *testing.T) {
		loadFile(t, p, write("huge.json", `{"x": "`+strings.Repeat("a", 20<<20)+`"}`))
		errs := eval[[]string](t, p, `[...document.querySelectorAll("#data-errors li")].map(li => li.textContent)`)
		if len(errs) != 1 || errs[0] != "文件超过 1 兆字节" {
			t.Errorf("errors listed for a 20 MB file: %q; want 文件超过 1 兆字节", errs)
		}
	})

	t.Run("a small file: the charts adapt", func(t *testing.T) {
		abs, err := filepath.Abs("../data/testdata/minimal.json")
		if err != nil {
			t.Fatal(err)
		}
		loadFile(t, p, abs)
		cs := readChartsBy(t, p)
		if c, ok := cs["growth"]; len(cs) != 1 || !ok || c.Shapes < 5 || !strings.Contains(c.Label, "丁：增长目标：不低于 5%") {
			t.Errorf("charts = %+v; want one growth chart of target 丁", cs)
		}
		// One target's two bars stay thin (they filled the chart's height).
		thick := eval[[]float64](t, p, `[...document.querySelectorAll("#chart-growth path")]
  .filter(e => ["#7f7f7f", "#0072b2"].includes((e.getAttribute("fill") || "").toLowerCase()))
  .map(e => e.getBoundingClientRect()).filter(r => r.width > 30).map(r => r.height)`) // not the legend's 25 px icons
		if len(thick) != 2 || thick[0] > 24.5 || thick[1] > 24.5 {
			t.Errorf("the bars of one growth target are %v px thick; want 2 bars of at most 24", thick)
		}
	})

	t.Run("the language switch keeps your targets and scenario", func(t *testing.T) {
		p.do(t, chromedp.Focus("#s-a"), chromedp.KeyEvent(kb.ArrowLeft))
		before := eval[float64](t, p, `performance.getEntriesByName("interactive").at(-1).startTime`)
		eval[bool](t, p, `document.getElementById("lang-switch").click(), true`)
		got := eval[[]string](t, p, `new Promise(r => { const wait = () => {
  if (performance.getEntriesByName("interactive").at(-1).startTime <= `+strconv.FormatFloat(before, 'f', -1, 64)+`) return setTimeout(wait, 20);
  r([document.documentElement.lang, document.getElementById("title").textContent, document.getElementById("s-a").value,
     document.getElementById("summary-count").textContent, location.search, location.hash,
     document.querySelector("#chart-growth").getAttribute("aria-label")]);
}; wait(); })`)
		want := []string{"en", "A", "4", "The scenario meets 0 of 1 targets", "?lang=en", "#d1.…;v1:a=4", "Growth targets: target and scenario. D: growth target: at least 5%; Scenario 4%; ✗ missed, short by 1 percentage point. "}
		if h := got[5]; strings.HasPrefix(h, "#d1.") && strings.HasSuffix(h, ";v1:a=4") {
			got[5] = "#d1.…;v1:a=4" // the targets' data part, then the scenario
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("after switching language with own targets: %q; want %q", got, want)
		}
	})
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors, warnings or dialogs: %q", probs)
	}
}

// TestDataParameter loads targets named by ?data= on the hosted build, in
// each language: from the same site they are shown; from another site, or
// missing, broken or invalid, they are refused with the reason listed in
// the page's language, and the page's own charts stay, drawn and live.
func TestDataParameter(t *testing.T) {
	minimal, err := os.ReadFile("../data/testdata/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, site.HostPolicy, nil, map[string]string{
		"/minimal.json": string(minimal),
		"/broken.json":  `{"schema": "xigong-targets/v1", "year": 20`,
		"/invalid.json": strings.Replace(string(minimal), `"id":"a"`, `"id":"Not An Id"`, 1),
	})
	for _, tt := range []struct {
		name, lang, query string
		wantError         string // the first error listed; "*" any, in the page's language
		wantCharts        int
	}{
		{"same site", "zh", "?data=/minimal.json", "", 1},
		{"same site", "en", "?data=/minimal.json", "", 1},
		{"another site", "zh", "?data=http://example.org/targets.json", "地址参数“?data=”只能载入本网站上的文件", 4},
		{"another site", "en", "?data=http://example.org/targets.json", "*", 4},
		{"missing", "zh", "?data=/missing.json", "无法取得“?data=”指向的文件（服务器回应 404）", 4},
		{"missing", "en", "?data=/missing.json", "the file ?data= names could not be fetched (the server answered 404)", 4},
		{"broken", "zh", "?data=/broken.json", "*", 4},
		{"broken", "en", "?data=/broken.json", "*", 4},
		{"invalid", "zh", "?data=/invalid.json", "*", 4},
		{"invalid", "en", "?data=/invalid.json", "*", 4},
	} {
		t.Run(tt.name+" "+tt.lang, func(t *testing.T) {
			p := newPage(t, 1000, 800)
			p.do(t, chromedp.Navigate(srv.URL+"/"+tt.query+"&lang="+tt.lang))
			p.waitReady(t) // fails on the page's error box
			var errs []string
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				errs = eval[[]string](t, p, `[...document.querySelectorAll("#data-errors li")].map(li => li.textContent)`)
				if len(errs) > 0 || len(readChartsBy(t, p)) == tt.wantCharts {
					break
				}
			}
			first := ""
			if len(errs) > 0 {
				first = errs[0]
			}
			switch {
			case tt.wantError == "*" && first == "":
				t.Errorf("no error listed; want why the file is refused")
			case tt.wantError == "*" && tt.lang == "zh" && latinWord(first) != "":
				t.Errorf("error %q has the English word %q; want Chinese", first, latinWord(first))
			case tt.wantError == "*" && tt.lang == "en" && regexp.MustCompile(`\p{Han}`).MatchString(first):
				t.Errorf("error %q is not English", first)
			case tt.wantError != "*" && first != tt.wantError:
				t.Errorf("first error %q; want %q", first, tt.wantError)
			}
			if n := len(readChartsBy(t, p)); n != tt.wantCharts {
				t.Errorf("%d charts; want %d", n, tt.wantCharts)
			}
			if lang := eval[string](t, p, `document.documentElement.lang`); lang[:2] != tt.lang {
				t.Errorf("page in %q; want %q", lang, tt.lang)
			}
			for _, r := range p.Requests() {
				if !strings.HasPrefix(r, srv.URL+"/") {
					t.Errorf("request to %.100s; want none off the site", r)
				}
			}
		})
	}
}

// latinWord returns the first word of two or more Latin letters in s outside
// quotes ("…", “…”: the file's keys and values, the link's keys), or "". GDP,
// PNG, SVG, CSV and JSON are names of things, in Chinese text too.
func latinWord(s string) string {
	s = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|“[^”]*”`).ReplaceAllString(s, "")
	for _, w := range regexp.MustCompile(`[A-Za-z]{2,}`).FindAllString(s, -1) {
		switch w {
		case "GDP", "PNG", "SVG", "CSV", "JSON":
		default:
			return w
		}
	}
	return ""
}

// TestChineseMessages loads a bad link and a file with a dozen faults on the
// Chinese page: every message is Chinese, and every field at fault is listed.
func TestChineseMessages(t *testing.T) {
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"#v1:gdp=99,nope=1,retail,exports=x"))
	p.waitReady(t)
	notice := eval[string](t, p, `document.getElementById("notice").textContent`)
	if !strings.Contains(notice, "地区生产总值（“gdp”）：99 超出滑块范围，已设为 20") || strings.Count(notice, "；") != 3 {
		t.Errorf("notice = %q; want the four parts of the link named in Chinese", notice)
	}
	if w := latinWord(notice); w != "" {
		t.Errorf("notice = %q; has the English word %q", notice, w)
	}
	file := `{"schema": "v0", "year": "2015", "title": 1, "region": {"zh": "乙"}, "source": {"zh": "丙", "en": "C"},
  "indicators": [
    {"id": "Bad Id", "name": {"zh": "丁", "en": "D"}, "quote": "", "bound": "range", "value": null, "unit": "pct", "scenario": {"min": 0, "max": 10}},
    {"id": "b", "name": "乙", "quote": "乙", "bound": "growth", "value": [6.5, 7], "tolerance": 1, "unit": "%", "scenario": {"min": 5, "max": 1, "step": 1}}]}`
	want := 0
	if _, err := data.Parse([]byte(file)); err != nil {
		want = len(err.(data.Errors))
	}
	if want < 12 {
		t.Fatalf("the test file has %d faults; want a dozen or more", want)
	}
	path := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	loadFile(t, p, path)
	errs := eval[[]string](t, p, `[...document.querySelectorAll("#data-errors li")].map(li => li.textContent)`)
	if len(errs) != want {
		t.Errorf("%d errors listed:\n%s\nwant all %d", len(errs), strings.Join(errs, "\n"), want)
	}
	for _, e := range append(errs, eval[string](t, p, `document.querySelector("#data-errors p").textContent`)) {
		if w := latinWord(e); w != "" {
			t.Errorf("error %q has the English word %q", e, w)
		}
	}
}
