//go:build js && wasm

package main

import (
	"encoding/json"
	"os"
	"strings"
	"syscall/js"
	"testing"
	"xigong/qrcode"
)

// call invokes globalThis.xigong[name] and decodes its JSON into v, returning
// the raw text.
// release removes globalThis.xigong and frees its functions, between tests
// (the page never does: its module lives as long as the page).
func (e *exports) release() {
	js.Global().Delete("xigong")
	for _, f := range e.funcs {
		f.Release()
	}
}

func call(t *testing.T, v any, name string, args ...any) string {
	t.Helper()
	s := js.Global().Get("xigong").Call(name, args...).String()
	if v != nil {
		if err := json.Unmarshal([]byte(s), v); err != nil {
			t.Fatalf("xigong.%s(): %v in %.200s", name, err, s)
		}
	}
	return s
}

type live struct {
	Error   string    `json:"error"`
	Summary string    `json:"summary"`
	Values  []float64 `json:"values"`
	Charts  []struct {
		ID string `json:"id"`
	} `json:"charts"`
}

func TestExports(t *testing.T) {
	e := register()
	defer e.release()

	var early live
	call(t, &early, "set", "[9]")
	if early.Error != "wasm: call init first" {
		t.Errorf("set() before init() error = %q; want wasm: call init first", early.Error)
	}
	var noTargets live
	call(t, &noTargets, "init", "en", "")
	if noTargets.Error != "wasm: init: want the language, the URL fragment and the targets file, as text" {
		t.Errorf("init() without targets error = %q; want the arguments refused", noTargets.Error)
	}
	var badTargets live
	call(t, &badTargets, "init", "en", "", `{"schema": "v0"}`)
	if !strings.HasPrefix(badTargets.Error, `wasm: init: the page's targets: data: schema: want "xigong-targets/v1" or "xigong-targets/v2", got "v0"`) {
		t.Errorf("init(bad targets) error = %q; want the field errors", badTargets.Error)
	}
	var init live
	call(t, &init, "init", "en", "", seedJSON(t))
	if init.Summary != "The scenario meets 10 of 10 targets" || len(init.Charts) != 0 {
		t.Errorf("init(en) = summary %q, %d chart patches; want English, all met, no patches at the targets", init.Summary, len(init.Charts))
	}

	tests := []struct {
		name        string
		fn          string
		args        []any
		wantSummary string
		wantError   string
		wantCharts  int // patched: the charts of the indicators changed
	}{
		{"set GDP 9", "set", []any{"[9]"}, "The scenario meets 9 of 10 targets", "", 2},
		{"set nulls", "set", []any{"[null, null]"}, "The scenario meets 10 of 10 targets", "", 2},
		{"set unemployment over cap", "set", []any{"[10.5, 11, 13, 10, 19, 11, 10, 2, 4.6, 6.7]"}, "The scenario meets 9 of 10 targets", "", 1},
		{"reset", "reset", nil, "The scenario meets 10 of 10 targets", "", 1},
		{"init from a link", "init", []any{"en", "#v1:unemployment=5", seedJSON(t)}, "The scenario meets 9 of 10 targets", "", 4},
		{"set with an array object", "set", []any{[]any{9}}, "", "wasm: set: want one JSON array of numbers", 0},
		{"set with a string in the array", "set", []any{`["9"]`}, "", "wasm: set: want a JSON array of numbers; value 0 is not a number", 0},
		{"set beyond float64", "set", []any{"[1e999]"}, "", "wasm: set: want finite numbers; value 0 is beyond float64", 0},
		{"set with nested arrays", "set", []any{`[[9]]`}, "", "wasm: set: want a JSON array of numbers: exceeded max depth of 1", 0},
		{"set with bad JSON", "set", []any{`[9,`}, "", "wasm: set: want a JSON array of numbers: unexpected end of JSON input", 0},
		{"set with too many", "set", []any{"[" + strings.Repeat("1,", 50) + "1]"}, "", "wasm: set: want at most 50 values, got 51", 0},
		{"set too long", "set", []any{strings.Repeat(" ", 2049)}, "", "wasm: set: want at most 2048 bytes, got 2049", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l live
			call(t, &l, tt.fn, tt.args...)
			if l.Summary != tt.wantSummary || l.Error != tt.wantError {
				t.Errorf("%s(%v) = summary %q, error %q; want %q, %q", tt.fn, tt.args, l.Summary, l.Error, tt.wantSummary, tt.wantError)
			}
			if len(l.Charts) != tt.wantCharts {
				t.Errorf("%s(%v) has %d chart patches; want %d", tt.fn, tt.args, len(l.Charts), tt.wantCharts)
			}
		})
	}
}

// peek answers as set does without changing the scenario; commit changes
// it without answering: after a commit of GDP 9, peeking at GDP 9 patches
// nothing.
func TestPeekCommit(t *testing.T) {
	e := register()
	defer e.release()
	call(t, nil, "init", "en", "", seedJSON(t))
	steps := []struct {
		name        string
		fn, arg     string
		wantSummary string
		wantError   string
		wantCharts  int
	}{
		{"peek GDP 9", "peek", "[9]", "The scenario meets 9 of 10 targets", "", 2},
		{"peek again: nothing committed", "peek", "[9]", "The scenario meets 9 of 10 targets", "", 2},
		{"commit GDP 9", "commit", "[9]", "", "", 0},
		{"peek GDP 9 once committed", "peek", "[9]", "The scenario meets 9 of 10 targets", "", 0},
		{"set GDP 9 once committed", "set", "[9]", "The scenario meets 9 of 10 targets", "", 0},
		{"peek refuses what set refuses", "peek", "[1e999]", "", "wasm: peek: want finite numbers; value 0 is beyond float64", 0},
		{"commit refuses what set refuses", "commit", `["9"]`, "", "wasm: commit: want a JSON array of numbers; value 0 is not a number", 0},
	}
	for _, st := range steps {
		var l live
		raw := call(t, &l, st.fn, st.arg)
		if l.Summary != st.wantSummary || l.Error != st.wantError || len(l.Charts) != st.wantCharts {
			t.Errorf("%s: %s(%s) = summary %q, error %q, %d chart patches; want %q, %q, %d", st.name, st.fn, st.arg, l.Summary, l.Error, len(l.Charts), st.wantSummary, st.wantError, st.wantCharts)
		}
		if st.fn == "commit" && st.wantError == "" && raw != "{}" {
			t.Errorf("%s: commit(%s) = %s; want {}", st.name, st.arg, raw)
		}
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	f := new(exports).guard(func([]js.Value) (any, error) { panic("boom") })
	got := f(js.Undefined(), nil)
	if got != `{"error":"wasm: panic: boom"}` {
		t.Errorf("guard(panicking f)() = %v; want the panic as an error", got)
	}
}

// text reads a file of the repository as text.
func text(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// seedJSON is the bundled targets file, which the page gives init.
func seedJSON(t *testing.T) string { return text(t, "../data/targets.json") }

// skeletonsJSON is the chart skeletons the page gives load (the golden file
// of package charts/skeleton).
func skeletonsJSON(t *testing.T) string { return text(t, "../charts/skeleton/testdata/skeletons.json") }

func TestLoad(t *testing.T) {
	e := register()
	defer e.release()
	call(t, nil, "init", "zh", "", seedJSON(t))
	var bad struct {
		Errors []string `json:"errors"`
	}
	call(t, &bad, "load", `{"schema": "v0"}`, skeletonsJSON(t))
	if len(bad.Errors) != 10 || bad.Errors[0] != `格式标识（“schema”）：应为 "xigong-targets/v1" 或 "xigong-targets/v2"，实为 "v0"` {
		t.Errorf("load(bad file) errors = %q; want the 10 faults, in Chinese, the schema's first", bad.Errors)
	}
	var noSkeletons live
	call(t, &noSkeletons, "load", seedJSON(t), `{}`)
	if noSkeletons.Error != "charts: no skeleton of kind growth for chart growth" {
		t.Errorf("load(seed, no skeletons) error = %q; want the missing skeleton named", noSkeletons.Error)
	}
	var notObject live
	call(t, &notObject, "load", seedJSON(t), `[]`)
	if notObject.Error != "wasm: load: the page's chart skeletons: want an object" {
		t.Errorf("load(seed, []) error = %q; want the skeletons refused", notObject.Error)
	}
	var loaded struct {
		Options []struct {
			ID string `json:"id"`
		} `json:"options"`
	}
	call(t, &loaded, "load", seedJSON(t), skeletonsJSON(t))
	if len(loaded.Options) != 4 || loaded.Options[3].ID != "projection" {
		t.Errorf("load(seed) options = %v; want the four charts", loaded.Options)
	}
	var notText live
	call(t, &notText, "load", 1, 2)
	if notText.Error != "wasm: load: want the file and the chart skeletons as text" {
		t.Errorf("load(1, 2) error = %q; want the arguments refused", notText.Error)
	}
}

func TestRead(t *testing.T) {
	e := register()
	defer e.release()
	call(t, nil, "init", "zh", "", seedJSON(t))
	type answer struct {
		Error, HTML, File, Message string
		Year                       float64
	}
	tests := []struct {
		name            string
		args            []any
		file, year      bool
		message, inHTML string
	}{
		{"targets with a year", []any{"2015年主要预期目标：地区生产总值增长10.5%，城镇化率提高1.5到2个百分点。", "", ""}, true, true, "", `城镇化率：变化 1.5–2 个百分点 <span class="r-not-charted">（尚未制图）</span>`},
		{"a year given", []any{"主要预期目标：地区生产总值增长6%左右。", "2026", "某市"}, true, true, "", "读出 1 个目标：1 个画成了图表；0 个列在图表下方"},
		{"no year", []any{"主要预期目标：地区生产总值增长6%左右。", "", ""}, false, false, "文字里没有写明年份：请填写目标年份。", "读出 1 个目标。"},
		{"no targets", []any{"今年是开局之年。", "", ""}, false, false, "这段文字里没有读出目标。请粘贴“主要预期目标”那一段，例如：地区生产总值增长6%左右。", "略去"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a answer
			call(t, &a, "read", tt.args...)
			if a.Error != "" || (a.File != "") != tt.file || (a.Year > 0) != tt.year || a.Message != tt.message || !strings.Contains(a.HTML, tt.inHTML) {
				t.Errorf("read() = %+v; want file %v, year %v, message %q, HTML with %q", a, tt.file, tt.year, tt.message, tt.inHTML)
			}
		})
	}
	var bad answer
	call(t, &bad, "read", 1, 2, 3)
	if bad.Error != "wasm: read: want the text, the year and the region, as text" {
		t.Errorf("read(1, 2, 3) error = %q", bad.Error)
	}
}

func TestCorrect(t *testing.T) {
	e := register()
	defer e.release()
	call(t, nil, "init", "en", "", seedJSON(t))
	var read struct{ File string }
	call(t, &read, "read", "2015年主要预期目标：地区生产总值增长10.5%，城镇登记失业率控制在4.5%以内。", "", "")
	type answer struct {
		Error, File string
		Errors      []string
	}
	tests := []struct {
		name, correction string
		inFile, err      string
		errors           int
	}{
		{"a number", `{"index": 0, "measure": "growth", "bound": "atLeast", "value": 11, "unit": "%"}`, `"corrected":true`, "", 0},
		{"dropped", `{"index": 0, "drop": true}`, `"indicators":[{"id":"registered-urban-unemployment"`, "", 0},
		{"the last dropped", `{"index": 1, "drop": true}`, "", "", 0},
		{"no index", `{"drop": true}`, "", "wasm: correct: index: want a whole number", 0},
		{"not an object", `[1]`, "", "wasm: correct: want a JSON object", 0},
		{"no such target", `{"index": 9}`, "", "reading: no such target in the file", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a answer
			call(t, &a, "correct", read.File, tt.correction)
			if a.Error != tt.err || !strings.Contains(a.File, tt.inFile) || len(a.Errors) != tt.errors {
				t.Errorf("correct(%s) = %+v; want error %q, a file with %q, %d errors", tt.correction, a, tt.err, tt.inFile, tt.errors)
			}
		})
	}
	var bad answer
	call(t, &bad, "correct", 1, 2)
	if bad.Error != "wasm: correct: want the file and the correction, as text" {
		t.Errorf("correct(1, 2) error = %q", bad.Error)
	}
}

func TestQR(t *testing.T) {
	e := register()
	defer e.release()
	call(t, nil, "init", "zh", "", seedJSON(t))
	var code struct {
		Size    float64
		Bits    string
		TooLong bool
		Error   string
	}
	call(t, &code, "qr", "https://example.org/xigong/?lang=zh")
	if code.Size != 29 || len(code.Bits) != 29*29 || code.TooLong || code.Error != "" {
		t.Errorf("qr(an address) = %+v; want a code of 29 modules a side", code)
	}
	var long struct{ TooLong bool }
	call(t, &long, "qr", strings.Repeat("a", qrcode.MaxText+1))
	if !long.TooLong {
		t.Errorf("qr(%d bytes) = %+v; want tooLong", qrcode.MaxText+1, long)
	}
}
