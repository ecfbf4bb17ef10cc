package view

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"xigong/charts/skeleton"
	"xigong/data"
	"xigong/i18n"
	"xigong/internal/fixture"
	"xigong/internal/golden"
	"xigong/internal/safehtml"
	"xigong/model"
)

func TestRenderGolden(t *testing.T) {
	ts := fixture.Seed(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			st := Render(ts, model.Evaluate(ts, model.AtTargets(ts)), lang)
			got := []byte(strings.ReplaceAll(st.Body.String(), "><", ">\n<") + "\n")
			golden.Check(t, "static."+lang+".html", got)
		})
	}
}

func TestRenderShowsEveryTarget(t *testing.T) {
	ts := fixture.Seed(t)
	st := Render(ts, model.Evaluate(ts, model.AtTargets(ts)), "zh")
	for _, in := range ts.Indicators {
		for _, want := range []string{in.Quote, in.Name.ZH, `id="s-` + in.ID + `"`} {
			if !strings.Contains(st.Body.String(), want) {
				t.Errorf("Render(zh) lacks %q for %s", want, in.ID)
			}
		}
	}
	for _, want := range []string{"闵敏", "本版稿件由西宣提供", "计算值"} {
		if !strings.Contains(st.Body.String(), want) {
			t.Errorf("Render(zh).Body lacks %q", want)
		}
	}
}

// TestRenderEscapesData renders two hostile files, one whose every string
// carries markup (with a projection, whose table names its indicators), in
// both languages: no markup of theirs is left raw.
func TestRenderEscapesData(t *testing.T) {
	for _, name := range []string{"hostile.json", "hostile-all.json"} {
		ts := fixture.File(t, "../data/testdata/"+name)
		for _, lang := range []string{"zh", "en"} {
			r := model.Evaluate(ts, model.AtTargets(ts))
			all := Render(ts, r, lang).Body.String()
			for _, bad := range []string{"<img", "<script", "</script", "<svg", "<b>", "<i>", "</title", `class="pwn"`, `onerror="`, `onfocus="`} {
				if strings.Contains(all, bad) {
					t.Errorf("Render(%s, %s) contains raw %q; want it escaped", name, lang, bad)
				}
			}
		}
	}
	ts := fixture.File(t, "../data/testdata/hostile.json")
	for _, lang := range []string{"zh", "en"} {
		r := model.Evaluate(ts, model.AtTargets(ts))
		all := Render(ts, r, lang).Body.String()
		if !strings.Contains(all, "&lt;img src=x onerror=alert(1)&gt;") && lang == "zh" {
			t.Errorf("Render(zh) lacks the escaped title")
		}
		js, err := json.Marshal(NewApp(ts, lang).Init(""))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(js, []byte("</script")) || bytes.Contains(js, []byte("<img")) {
			t.Errorf("Init JSON contains a raw tag; want \\u003c escapes")
		}
	}
}

func TestAppSet(t *testing.T) {
	ts := fixture.Seed(t)
	tests := []struct {
		name        string
		values      []float64
		wantSummary string
		wantMissed  string
		wantFollows string
		wantValue0  float64
		wantRows    string // the rows sent: those of the indicators changed
		wantCharts  string // the charts patched: those showing them
	}{
		{"targets", nil, "情景达标 10 / 10 项", "", "按情景推算，地区生产总值指数为 110.5（2014年 = 100）；能源消费总量增长 +8.3%（由增速与能耗降幅推算）。", 10.5, "", ""},
		{"GDP 9", []float64{9}, "情景达标 9 / 10 项", "未达标：地区生产总值（差 1.5 个百分点）", "按情景推算，地区生产总值指数为 109.0（2014年 = 100）；能源消费总量增长 +6.8%（由增速与能耗降幅推算）。", 9, "gdp", "growth projection"},
		{"clamped and snapped", []float64{99, math.NaN(), 13.04}, "情景达标 10 / 10 项", "", "按情景推算，地区生产总值指数为 120.0（2014年 = 100）；能源消费总量增长 +17.6%（由增速与能耗降幅推算）。", 20, "gdp", "growth projection"},
		{"a cap", []float64{10.5, 11, 13, 10, 19, 11, 10, 2, 5}, "情景达标 9 / 10 项", "未达标：城镇登记失业率（超出上限 0.5 个百分点）", "按情景推算，地区生产总值指数为 110.5（2014年 = 100）；能源消费总量增长 +8.3%（由增速与能耗降幅推算）。", 10.5, "unemployment", "unemployment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewApp(ts, "zh")
			l := a.Set(tt.values)
			if l.Summary != tt.wantSummary || l.Missed != tt.wantMissed || l.Follows != tt.wantFollows || l.Values[0] != tt.wantValue0 {
				t.Errorf("Set(%v) = %q, %q, %q, %g; want %q, %q, %q, %g", tt.values, l.Summary, l.Missed, l.Follows, l.Values[0], tt.wantSummary, tt.wantMissed, tt.wantFollows, tt.wantValue0)
			}
			var rows, ids []string
			for _, row := range l.Rows {
				rows = append(rows, row.ID)
			}
			for _, c := range l.Charts {
				ids = append(ids, c.ID)
			}
			if strings.Join(rows, " ") != tt.wantRows || strings.Join(ids, " ") != tt.wantCharts {
				t.Errorf("Set() has rows %q, patches for %q; want %q, %q", rows, ids, tt.wantRows, tt.wantCharts)
			}
			init := NewApp(ts, "zh").Init(l.Fragment)
			if got := len(init.Rows); got != 10 {
				t.Errorf("Init() has %d rows; want all 10", got)
			}
			if init.Summary != tt.wantSummary || init.Notice != "" {
				t.Errorf("Init(%q) summary = %q, notice %q; want %q, none (the link restores the scenario)", l.Fragment, init.Summary, init.Notice, tt.wantSummary)
			}
			if atTargets := tt.values == nil; (len(init.Charts) == 0) != atTargets {
				t.Errorf("Init() after Set(%v) has %d chart patches; want none only at the targets", tt.values, len(init.Charts))
			}
		})
	}
}

func TestAppReset(t *testing.T) {
	a := NewApp(fixture.Seed(t), "en")
	a.Set([]float64{1, 1, 1, 10, 19, 11, 10, 2, 9})
	l := a.Reset()
	if l.Summary != "The scenario meets 10 of 10 targets" || l.Missed != "" {
		t.Errorf("Reset() = %q, %q; want all met", l.Summary, l.Missed)
	}
	if len(l.Rows) != 4 {
		t.Fatalf("Reset() has %d rows; want those of the 4 indicators changed", len(l.Rows))
	}
	row := l.Rows[3]
	if row.ID != "unemployment" || row.Value != "4.5%" || !row.Met || row.Verdict != "✓ met, with 0.0 percentage points to spare" || row.Margin != "0.0 percentage points" {
		t.Errorf("Reset() row 3 = %+v; want unemployment 4.5%% met with 0.0", row)
	}
}

func TestInitNotices(t *testing.T) {
	ts := fixture.Seed(t)
	for _, tt := range []struct{ lang, frag, want string }{
		{"zh", "#v1:gdp=99,nope=1", "链接中的情景有部分无法使用，已忽略或调整：地区生产总值（“gdp”）：99 超出滑块范围，已设为 20；“nope”：没有这项指标，已忽略"},
		{"en", "v9:x", "Parts of the link's scenario could not be used and were ignored or adjusted: not a v1 scenario; ignored"},
		{"en", "#v1:gdp=9.8", ""},
	} {
		if got := NewApp(ts, tt.lang).Init(tt.frag).Notice; got != tt.want {
			t.Errorf("Init(%q).Notice = %q; want %q", tt.frag, got, tt.want)
		}
	}
}

func TestAppLoad(t *testing.T) {
	ts := fixture.Seed(t)
	templates, err := skeleton.Build()
	if err != nil {
		t.Fatal(err)
	}
	minimal, err := os.ReadFile("../data/testdata/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	a := NewApp(ts, "zh")
	if _, err := a.Load([]byte(`{"schema": "v0"}`), templates); err == nil || !strings.Contains(err.Error(), "data: schema: want") {
		t.Errorf("Load(bad) error = %v; want the field errors", err)
	}
	if got := a.Set([]float64{9}).Summary; got != "情景达标 9 / 10 项" {
		t.Errorf("after a failed load, Set() summary = %q; want the old targets kept", got)
	}
	l, err := a.Load(minimal, templates)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Options) != 1 || l.Options[0].ID != "growth" || !strings.Contains(l.Static.Body.String(), "丁增长5%") || l.Live.Summary != "情景达标 1 / 1 项" {
		t.Errorf("Load(minimal) = %d options, summary %q; want the growth chart of one target", len(l.Options), l.Live.Summary)
	}
}

// TestRenderOtherTargets checks that a page of other targets says nothing
// of Xigong's: every text comes from the targets or is neutral.
func TestRenderOtherTargets(t *testing.T) {
	ts := fixture.File(t, "../data/testdata/minimal.json")
	r := model.Evaluate(ts, model.AtTargets(ts))
	for _, tt := range []struct {
		lang string
		want []string
	}{
		{"zh", []string{"例如“丁增长3%”", "预期目标（1 项）"}},
		{"en", []string{"say, D grows 3%", "The targets (1)"}},
	} {
		s := Render(ts, r, tt.lang)
		page := s.Body.String() + s.Intro
		for _, w := range tt.want {
			if !strings.Contains(page, w) {
				t.Errorf("Render(minimal, %s) lacks %q", tt.lang, w)
			}
		}
		for _, bad := range []string{"西工", "Xigong", "地区生产总值", "Gross regional product", "GDP", "十项", "原版", i18n.For(tt.lang).ComputedNote} {
			if strings.Contains(page, bad) {
				t.Errorf("Render(minimal, %s) has %q, which is Xigong's", tt.lang, bad)
			}
		}
	}
}

// TestRenderWords: the targets of a report the page does not chart are
// listed under the table, in words, with the clause as printed, and in
// the CSV; a cut of about X is charted as one.
func TestRenderWords(t *testing.T) {
	ts := fixture.File(t, "../data/testdata/report-v2.json")
	r := model.Evaluate(ts, model.AtTargets(ts))
	for _, tt := range []struct {
		lang string
		want []string
	}{
		{"zh", []string{`<h2 id="words-h">未画成图表的目标（3 项）</h2>`, `<li><strong>居民收入增长和经济增长同步</strong>：<q lang="zh-CN">居民收入增長和經濟增長同步</q><span class="word-kind">（文字目标，没有数字）</span></li>`,
			"降低目标：降幅 2.5% 左右（±0.5，本工具的假设）", "没有写“以上”“以内”“左右”的目标，按达到或超过所写的数计"}},
		{"en", []string{`<h2 id="words-h">Targets not charted (3)</h2>`, `<li><strong>居民收入增长和经济增长同步</strong>: <q lang="zh-CN">居民收入增長和經濟增長同步</q><span class="word-kind"> (a target in words, with no number)</span></li>`,
			"reduction target: a cut of about 2.5% (±0.5, an assumption of this tool)", "a target stated with no &#39;or more&#39;, &#39;within&#39; or &#39;about&#39; is read as met at or above its figure",
			"Names left in Chinese: the tool&#39;s dictionary has no English name for them: 居民收入增长和经济增长同步; 国际收支保持基本平衡; 生态环境品质持续改善."}},
	} {
		body := Render(ts, r, tt.lang).Body.String()
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("Render(report, %s) lacks %q", tt.lang, w)
			}
		}
		csv, err := CSV(ts, r, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(csv), ",,,,,\r\n"); n != 3 {
			t.Errorf("CSV(report, %s) has %d rows of targets not charted; want 3", tt.lang, n)
		}
	}
}

// Peek gives what Set would, without the change; Commit then makes the
// change as Set does. The page peeks at a reader's likely next moves (both
// neighbours of a slider's value) and commits the one made: a walk of such
// moves must give, at every step, what Set gives on its own.
func TestAppPeekCommit(t *testing.T) {
	ts := fixture.Seed(t)
	walk := [][]float64{
		{10.6},
		{10.6, 11.1},
		{10.6, 11.1, 13, 10, 19, 11, 10, 2, 4.6},
		nil,
		{9},
	}
	for _, lang := range []string{"zh", "en"} {
		peeking, setting := NewApp(ts, lang), NewApp(ts, lang)
		for k, values := range walk {
			csv, err := peeking.CSV()
			if err != nil {
				t.Fatal(err)
			}
			for _, aside := range [][]float64{{10.4}, {10.6, 10.9}, {1, 1, 1}} {
				peeking.Peek(aside)
			}
			got := encodeLive(t, peeking.Peek(values))
			if after, err := peeking.CSV(); err != nil || !bytes.Equal(after, csv) {
				t.Fatalf("%s, step %d: Peek(%v) changed the scenario's CSV (err %v)", lang, k, values, err)
			}
			peeking.Commit(values)
			set := setting.Set(values)
			if want := encodeLive(t, set); got != want {
				t.Errorf("%s, step %d: Peek(%v) =\n%s\nwant (Set)\n%s", lang, k, values, got, want)
			}
			opened := NewApp(ts, lang) // the scenario from its link: no Set
			l := opened.Init(set.Fragment)
			if l.Notice != "" {
				t.Fatalf("%s, step %d: the link's notice %q", lang, k, l.Notice)
			}
			csvP, errP := peeking.CSV()
			csvO, errO := opened.CSV()
			if errP != nil || errO != nil || !bytes.Equal(csvP, csvO) {
				t.Errorf("%s, step %d: after Commit(%v) the CSV differs from the scenario's (%v, %v)", lang, k, values, errP, errO)
			}
		}
	}
}

func encodeLive(t *testing.T, l Live) string {
	t.Helper()
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAboutNotes: the "about" targets of one tolerance share one note, in
// the order of the first of them; targets of no tolerance have none.
func TestAboutNotes(t *testing.T) {
	about := func(name string, tol float64, unit string) data.Indicator {
		return data.Indicator{Name: data.Text{ZH: name, EN: name}, Bound: data.About, Value: 5, Tolerance: tol, Unit: unit}
	}
	tests := []struct {
		name string
		in   []data.Indicator
		want string
	}{
		{"one", []data.Indicator{about("甲", 0.5, "%")}, "甲：“左右”按 ±0.5 个百分点计，为本工具的假设"},
		{"two of one tolerance", []data.Indicator{about("甲", 0.5, "%"), {Name: data.Text{ZH: "丙"}, Bound: data.AtLeast, Value: 1, Unit: "%"}, about("乙", 0.5, "%")},
			"甲；乙：“左右”按 ±0.5 个百分点计，为本工具的假设"},
		{"two tolerances", []data.Indicator{about("甲", 0.5, "%"), about("乙", 1, "%"), about("丁", 0.5, "%")},
			"甲；丁：“左右”按 ±0.5 个百分点计，为本工具的假设|乙：“左右”按 ±1 个百分点计，为本工具的假设"},
		{"none", []data.Indicator{{Name: data.Text{ZH: "丙"}, Bound: data.AtLeast, Value: 1, Unit: "%"}}, ""},
		// One tolerance, two units that read alike in one language and not
		// in the other: a note each, in both.
		{"a rate and a change in points", []data.Indicator{about("甲", 0.5, "%"), about("乙", 0.5, "个百分点")},
			"甲：“左右”按 ±0.5 个百分点计，为本工具的假设|乙：“左右”按 ±0.5 个百分点计，为本工具的假设"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := &data.Targets{Indicators: tt.in}
			got := strings.Join(aboutNotes(ts, i18n.For("zh")), "|")
			if got != tt.want {
				t.Errorf("aboutNotes = %q; want %q", got, tt.want)
			}
			if zh, en := aboutNotes(ts, i18n.For("zh")), aboutNotes(ts, i18n.For("en")); len(zh) != len(en) {
				t.Errorf("%d notes in Chinese, %d in English; want them of the same targets (the CSV pairs them)", len(zh), len(en))
			}
		})
	}
}

// TestAppLoadMarksCorrected: a target of a reader's file corrected on the
// desk says so in the targets table (its number may differ from the words
// beside it); the others do not.
func TestAppLoadMarksCorrected(t *testing.T) {
	templates, err := skeleton.Build()
	if err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile("../data/testdata/report-v2.json")
	if err != nil {
		t.Fatal(err)
	}
	corrected := bytes.Replace(file, []byte(`"id": "gross-domestic-product",`), []byte(`"id": "gross-domestic-product", "corrected": true,`), 1)
	for _, tt := range []struct {
		name string
		file []byte
		want int
	}{{"as read", file, 0}, {"one corrected", corrected, 1}} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := NewApp(fixture.Seed(t), "zh").Load(tt.file, templates)
			if err != nil {
				t.Fatal(err)
			}
			body := l.Static.Body.String()
			table := body[strings.Index(body, `<table id="targets-table"`):]
			table = table[:strings.Index(table, "</table>")]
			if got := strings.Count(table, `<span class="desk-corrected">已手工改正</span>`); got != tt.want {
				t.Errorf("%d targets marked corrected in the table; want %d", got, tt.want)
			}
			if tt.want > 0 && !strings.Contains(table, `<th scope="row">国内生产总值 <span class="desk-corrected">`) {
				t.Errorf("the table does not mark GDP corrected")
			}
		})
	}
}

// TestFoldedTable: the targets table of IndexFrom targets or more is in a
// disclosure, open (web/find.js folds it on a phone); of fewer, it is not.
func TestFoldedTable(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want bool
	}{{1, false}, {IndexFrom - 1, false}, {IndexFrom, true}, {30, true}} {
		t.Run(strconv.Itoa(tt.n), func(t *testing.T) {
			ts := &data.Targets{}
			for k := range tt.n {
				ts.Indicators = append(ts.Indicators, data.Indicator{ID: "t" + strconv.Itoa(k), Name: data.Text{ZH: "甲", EN: "A"}, Bound: data.AtLeast, Value: 5, Unit: "%"})
			}
			html := folded(ts, i18n.For("zh"), safehtml.Const("<table></table>")).String()
			if got := strings.HasPrefix(html, `<details id="targets-fold" open><summary>`); got != tt.want {
				t.Errorf("%d targets: folded = %.80q; want a disclosure, open: %v", tt.n, html, tt.want)
			}
			if !strings.Contains(html, `<div id="targets" class="table-wrap"`) {
				t.Errorf("%d targets: folded = %.80q; want the table's scrolling region", tt.n, html)
			}
		})
	}
}
