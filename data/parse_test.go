package data

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestSeedMatchesNewspaper(t *testing.T) {
	ts, err := Seed()
	if err != nil {
		t.Fatalf("Seed() error: %v", err)
	}
	want := []struct {
		id    string
		quote string
		bound Bound
		value float64
		unit  string
	}{
		{"gdp", "地区生产总值增长10.5%", Growth, 10.5, "%"},
		{"revenue", "公共财政预算收入增长11%以上", AtLeast, 11, "%"},
		{"retail", "社会消费品零售总额增长13%", Growth, 13, "%"},
		{"income", "城乡居民收入增长10%左右", About, 10, "%"},
		{"investment", "固定资产投资增长19%", Growth, 19, "%"},
		{"industry", "规模以上工业增加值增长11%", Growth, 11, "%"},
		{"exports", "外贸出口增长10%", Growth, 10, "%"},
		{"energy", "万元GDP能耗降低2%", Reduction, 2, "%"},
		{"unemployment", "城镇登记失业率控制在4.5%以内", Cap, 4.5, "%"},
		{"population", "人口自然增长率控制在6.7‰以内", Cap, 6.7, "‰"},
	}
	if got := len(ts.Indicators); got != len(want) {
		t.Fatalf("len(Indicators) = %d; want %d", got, len(want))
	}
	seed := readSeedPage(t)
	for i, w := range want {
		in := ts.Indicators[i]
		if in.ID != w.id || in.Quote != w.quote || in.Bound != w.bound || in.Value != w.value || in.Unit != w.unit {
			t.Errorf("Indicators[%d] = %s %q %s %g %s; want %s %q %s %g %s", i, in.ID, in.Quote, in.Bound, in.Value, in.Unit, w.id, w.quote, w.bound, w.value, w.unit)
		}
		if !strings.Contains(seed, "●"+in.Quote) {
			t.Errorf("quote %q of %s is not in the seed page", in.Quote, in.ID)
		}
	}
	for _, s := range []string{"闵敏", "本版稿件由西宣提供"} {
		if !strings.Contains(ts.Source.Credit, s) {
			t.Errorf("Source.Credit = %q; want it to contain %q", ts.Source.Credit, s)
		}
	}
}

// readSeedPage returns the newspaper page the data is read from, a copy of
// which is kept in testdata.
func readSeedPage(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/seed-page.txt")
	if err != nil {
		t.Fatalf("reading seed page: %v", err)
	}
	return string(b)
}

// mutate returns the seed file as a generic JSON tree changed by f.
func mutate(t *testing.T, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(SeedJSON(), &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ind(m map[string]any, i int) map[string]any {
	return m["indicators"].([]any)[i].(map[string]any)
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   func(t *testing.T) []byte
		want string // one line of the error
	}{
		{"malformed JSON", raw(`{"schema": `), "data: not valid JSON: the file ends after byte 11 (line 1, column 11), before the JSON does"},
		{"syntax error", raw(`{"schema" "x"}`), `data: not valid JSON at byte 11 (line 1, column 11): unexpected "\""`},
		{"trailing data", raw(string(SeedJSON()) + "{}"), `data: not valid JSON at byte 3764 (line 116, column 1): unexpected "{"`},
		{"top level array", raw(`[]`), "data: (top level): want an object, got array"},
		{"too large", raw(`{"x":"` + strings.Repeat("a", MaxSize) + `"}`), "data: file is 1048584 bytes; want at most 1048576"},
		{"too deep", raw(strings.Repeat("[", 100) + strings.Repeat("]", 100)), "data: nesting is 100 deep; want at most 16"},
		{"wrong schema", edit(func(m map[string]any) { m["schema"] = "v2" }), `data: schema: want "xigong-targets/v1" or "xigong-targets/v2", got "v2"`},
		{"year as string", edit(func(m map[string]any) { m["year"] = "2015" }), "data: year: want a number, got string"},
		{"year out of range", edit(func(m map[string]any) { m["year"] = 3000; m["baseYear"] = 2999 }), "data: year: want a year from 1949 to 2100, got 3000"},
		{"base year", edit(func(m map[string]any) { m["baseYear"] = 2010 }), "data: baseYear: want year - 1 = 2014, got 2010"},
		{"missing title", edit(func(m map[string]any) { delete(m, "title") }), "data: title.zh: want a non-empty string"},
		{"missing english source", edit(func(m map[string]any) { m["source"].(map[string]any)["en"] = "" }), "data: source.en: want a non-empty string"},
		{"long credit", edit(func(m map[string]any) { m["source"].(map[string]any)["credit"] = strings.Repeat("字", 2001) }), "data: source.credit: want at most 2000 characters, got 2001"},
		{"no indicators", edit(func(m map[string]any) { m["indicators"] = []any{}; m["projection"] = map[string]any{} }), "data: indicators: want at least one indicator, got none"},
		{"indicators not a list", edit(func(m map[string]any) { m["indicators"] = "ten" }), "data: indicators: want an array, got string"},
		{"too many indicators", edit(func(m map[string]any) {
			var list []any
			for i := 0; i < 51; i++ {
				c := map[string]any{}
				for k, v := range ind(m, 0) {
					c[k] = v
				}
				c["id"] = "x" + strings.Repeat("a", i%30) + string(rune('a'+i/30))
				list = append(list, c)
			}
			m["indicators"] = list
			m["projection"] = map[string]any{}
		}), "data: indicators: want at most 50 indicators, got 51"},
		{"bad id", edit(func(m map[string]any) { ind(m, 2)["id"] = "Retail Sales" }), `data: indicators[2] (Retail Sales).id: want 1 to 32 of a-z, 0-9 and '-', starting with a letter, got "Retail Sales"`},
		{"reserved id", edit(func(m map[string]any) { ind(m, 2)["id"] = "growth" }), `data: indicators[2] (growth).id: "growth" is reserved for a chart`},
		{"reserved id projection", edit(func(m map[string]any) { ind(m, 2)["id"] = "projection" }), `data: indicators[2] (projection).id: "projection" is reserved for a chart`},
		{"reserved id levels", edit(func(m map[string]any) { ind(m, 2)["id"] = "levels" }), `data: indicators[2] (levels).id: "levels" is reserved for a chart`},
		{"duplicate id", edit(func(m map[string]any) { ind(m, 5)["id"] = "gdp" }), `data: indicators[5] (gdp).id: "gdp" is already the id of indicators[0]`},
		{"missing name", edit(func(m map[string]any) { delete(ind(m, 1), "name") }), "data: indicators[1] (revenue).name.zh: want a non-empty string"},
		{"name not text", edit(func(m map[string]any) { ind(m, 1)["name"] = "收入" }), "data: indicators[1] (revenue).name: want an object, got string"},
		{"missing quote", edit(func(m map[string]any) { ind(m, 0)["quote"] = "" }), "data: indicators[0] (gdp).quote: want a non-empty string"},
		{"bad unit", edit(func(m map[string]any) { ind(m, 3)["unit"] = "pct" }), `data: indicators[3] (income).unit: want "%" or "‰", got "pct"`},
		{"a level's unit with markup", edit(func(m map[string]any) { ind(m, 8)["unit"] = "<b>" }), `data: indicators[8] (unemployment).unit: want a unit of 1 to 16 characters (as "%" or "万人"), without < > & or quotes, got "<b>"`},
		{"bad bound", edit(func(m map[string]any) { ind(m, 3)["bound"] = "around" }), `data: indicators[3] (income).bound: want one of "growth", "atLeast", "about", "range", "reduction", "reductionAbout", "cap", "floor", "band", got "around"`},
		{"value as string", edit(func(m map[string]any) { ind(m, 0)["value"] = "10.5" }), "data: indicators[0] (gdp).value: want a number, got string"},
		{"huge value", raw(strings.Replace(string(SeedJSON()), `"value": 10.5`, `"value": 1e400`, 1)), "data: indicators[0] (gdp).value: want a finite number within ±1000000, got +Inf"},
		{"year not whole", edit(func(m map[string]any) { m["year"] = 2015.5 }), "data: year: want a whole number, got 2015.5"},
		{"every type error listed", edit(func(m map[string]any) { m["title"] = 1; ind(m, 3)["unit"] = true; ind(m, 4)["scenario"] = []any{} }),
			"data: title: want an object, got number\ndata: indicators[3] (income).unit: want a string, got bool\ndata: indicators[4] (investment).scenario: want an object, got array"},
		{"an indicator not an object", edit(func(m map[string]any) { m["indicators"].([]any)[2] = "retail" }), "data: indicators[2]: want an object, got string"},
		{"null as missing", edit(func(m map[string]any) { m["region"] = nil }), "data: region.zh: want a non-empty string"},
		{"large value", edit(func(m map[string]any) { ind(m, 0)["value"] = 1e7 }), "data: indicators[0] (gdp).value: want a finite number within ±1000000, got 1e+07"},
		{"negative cap", edit(func(m map[string]any) { ind(m, 8)["value"] = -1 }), "data: indicators[8] (unemployment).value: want a cap of 0 or more, got -1"},
		{"about without tolerance", edit(func(m map[string]any) { delete(ind(m, 3), "tolerance") }), `data: indicators[3] (income).tolerance: want more than 0 for bound "about", "reductionAbout" or "band", got 0`},
		{"tolerance on growth", edit(func(m map[string]any) { ind(m, 0)["tolerance"] = 1 }), `data: indicators[0] (gdp).tolerance: want none unless bound is "about", "reductionAbout" or "band", got 1`},
		{"empty range", edit(func(m map[string]any) { ind(m, 0)["scenario"] = map[string]any{"min": 5, "max": 5, "step": 0.1} }), "data: indicators[0] (gdp).scenario.max: want more than scenario.min 5, got 5"},
		{"zero step", edit(func(m map[string]any) { ind(m, 0)["scenario"].(map[string]any)["step"] = 0 }), "data: indicators[0] (gdp).scenario.step: want more than 0, got 0"},
		{"too many steps", edit(func(m map[string]any) { ind(m, 0)["scenario"].(map[string]any)["step"] = 0.001 }), "data: indicators[0] (gdp).scenario.step: want at most 10000 steps from min to max, got 20000"},
		{"value outside range", edit(func(m map[string]any) { ind(m, 0)["value"] = 30 }), "data: indicators[0] (gdp).value: want within scenario range [0, 20], got 30"},
		{"projection unknown", edit(func(m map[string]any) { m["projection"].(map[string]any)["gdp"] = "gnp" }), `data: projection.gdp: want the id of an indicator, got "gnp"`},
		{"projection wrong bound", edit(func(m map[string]any) { m["projection"].(map[string]any)["energyIntensity"] = "gdp" }), `data: projection.energyIntensity: "gdp" has bound "growth"; want "reduction"`},
		{"null value", edit(func(m map[string]any) { ind(m, 0)["value"] = nil }), "data: indicators[0] (gdp).value: want a number; it is missing or null"},
		{"missing step", edit(func(m map[string]any) { delete(ind(m, 2)["scenario"].(map[string]any), "step") }), "data: indicators[2] (retail).scenario.step: want a number; it is missing or null"},
		{"missing scenario", edit(func(m map[string]any) { delete(ind(m, 2), "scenario") }), "data: indicators[2] (retail).scenario.min: want a number; it is missing or null\ndata: indicators[2] (retail).scenario.max: want a number; it is missing or null\ndata: indicators[2] (retail).scenario.step: want a number; it is missing or null"},
		{"missing year", edit(func(m map[string]any) { delete(m, "year") }), "data: year: want a number; it is missing or null"},
		{"a type error does not hide the others", edit(func(m map[string]any) {
			ind(m, 0)["value"] = []any{6.5, 7}
			ind(m, 1)["value"] = nil
			ind(m, 2)["bound"] = "between"
		}), "data: indicators[0] (gdp).value: want a number, got array\ndata: indicators[1] (revenue).value: want a number; it is missing or null\n" +
			`data: indicators[2] (retail).bound: want one of "growth", "atLeast", "about", "range", "reduction", "reductionAbout", "cap", "floor", "band", got "between"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in(t))
			if err == nil {
				t.Fatalf("Parse() = %v, nil; want error %q", got, tt.want)
			}
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("Parse() error %T; want data.Errors", err)
			}
			if !strings.Contains("\n"+err.Error()+"\n", "\n"+tt.want+"\n") {
				t.Errorf("Parse() error:\n%v\nwant a line:\n%s", err, tt.want)
			}
			for _, line := range es.In("zh") {
				if w := latinWord(line); w != "" {
					t.Errorf("In(zh) = %q; has the English word %q outside quotes", line, w)
				}
			}
		})
	}
}

func raw(s string) func(*testing.T) []byte {
	return func(*testing.T) []byte { return []byte(s) }
}

func edit(f func(m map[string]any)) func(*testing.T) []byte {
	return func(t *testing.T) []byte { return mutate(t, f) }
}

func TestParseToleratesUnknownFields(t *testing.T) {
	b := mutate(t, func(m map[string]any) {
		m["comment"] = "extra"
		ind(m, 0)["note"] = map[string]any{"x": 1}
	})
	if _, err := Parse(b); err != nil {
		t.Errorf("Parse() with unknown fields: %v; want nil", err)
	}
}

func TestParseListsEveryError(t *testing.T) {
	b := mutate(t, func(m map[string]any) {
		ind(m, 0)["unit"] = "x"
		ind(m, 9)["bound"] = "y"
	})
	_, err := Parse(b)
	var es Errors
	if !errors.As(err, &es) || len(es) != 2 {
		t.Fatalf("Parse() error = %v; want 2 field errors", err)
	}
	if es[0].Field != "indicators[0].unit" || es[1].Field != "indicators[9].bound" {
		t.Errorf("fields = %s, %s; want indicators[0].unit, indicators[9].bound", es[0].Field, es[1].Field)
	}
}

func TestValidateNonFinite(t *testing.T) {
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		ts, err := Seed()
		if err != nil {
			t.Fatal(err)
		}
		ts.Indicators[0].Scenario.Step = x
		err = ts.Validate()
		want := "data: indicators[0].scenario.step: want a finite number within ±1000000, got " + formatFloat(x)
		if err == nil || err.Error() != want {
			t.Errorf("Validate() with step %g = %v; want %s", x, err, want)
		}
	}
}

func TestTextIn(t *testing.T) {
	tx := Text{ZH: "中", EN: "en"}
	for _, tt := range []struct{ lang, want string }{{"zh", "中"}, {"en", "en"}, {"", "中"}, {"fr", "中"}} {
		if got := tx.In(tt.lang); got != tt.want {
			t.Errorf("In(%q) = %q; want %q", tt.lang, got, tt.want)
		}
	}
}

// latinWord returns the first word of two or more Latin letters in s
// outside quotes ("…", “…”), or "": JSON is a name, and quoted text is the
// file's own (its keys and values).
func latinWord(s string) string {
	quotes := regexp.MustCompile(`"(?:[^"\\]|\\.)*"|“[^”]*”`)
	s = quotes.ReplaceAllString(s, "")
	for _, w := range regexp.MustCompile(`[A-Za-z]{2,}`).FindAllString(s, -1) {
		if w != "JSON" {
			return w
		}
	}
	return ""
}

func TestErrorsIn(t *testing.T) {
	b := mutate(t, func(m map[string]any) {
		m["year"] = "2015"
		ind(m, 3)["scenario"].(map[string]any)["step"] = 0
		ind(m, 1)["id"] = "gdp"
	})
	_, err := Parse(b)
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Parse() error = %v; want Errors", err)
	}
	want := map[string][]string{
		"zh": {
			"年份（“year”）：应为数字，实为字符串",
			"第 2 项指标“gdp” › 代号（“indicators[1].id”）：\"gdp\" 已是第 1 项指标的代号",
			"第 4 项指标“income” › 滑块范围 › 步长（“indicators[3].scenario.step”）：应大于 0，实为 0",
		},
		"en": {
			"year: want a number, got string",
			`indicators[1] (gdp).id: "gdp" is already the id of indicators[0]`,
			"indicators[3] (income).scenario.step: want more than 0, got 0",
		},
	}
	for lang, lines := range want {
		if got := es.In(lang); !slices.Equal(got, lines) {
			t.Errorf("In(%s) =\n%s\nwant\n%s", lang, strings.Join(got, "\n"), strings.Join(lines, "\n"))
		}
	}
}

// TestRules checks that both languages of every rule have as many verbs,
// and that every rule the package states is one of them.
func TestRules(t *testing.T) {
	known := map[string]bool{}
	for _, r := range rules {
		if known[r.key] {
			t.Errorf("rule %s is listed twice", r.key)
		}
		known[r.key] = true
		if r.ZH == "" || r.EN == "" {
			t.Errorf("rule %s = %q; want both languages", r.key, r.Text)
		}
		if zh, en := strings.Count(r.ZH, "%s"), strings.Count(r.EN, "%s"); zh != en {
			t.Errorf("rule %s has %d verbs in Chinese, %d in English; want as many", r.key, zh, en)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := regexp.MustCompile(`rule\("(\w+)"`)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(b), -1) {
			n++
			if !known[m[1]] {
				t.Errorf("%s states rule %q, which rules lacks", f, m[1])
			}
		}
	}
	if n < len(rules) {
		t.Errorf("the package states %d rules; want at least the %d of rules", n, len(rules))
	}
}

// TestLevels: a floor and a band, one an amount, are valid targets.
func TestLevels(t *testing.T) {
	file := `{"schema": "xigong-targets/v1", "year": 2024, "baseYear": 2023,
 "title": {"zh": "甲", "en": "A"}, "region": {"zh": "乙", "en": "B"}, "source": {"zh": "丙", "en": "C"}, "projection": {},
 "indicators": [
  {"id": "jobs", "name": {"zh": "城镇新增就业", "en": "New urban jobs"}, "quote": "城镇新增就业1200万人以上", "bound": "floor", "value": 1200, "unit": "万人", "scenario": {"min": 0, "max": 2400, "step": 10}},
  {"id": "surveyed", "name": {"zh": "城镇调查失业率", "en": "Surveyed unemployment"}, "quote": "城镇调查失业率5.5%左右", "bound": "band", "value": 5.5, "tolerance": 0.5, "unit": "%", "scenario": {"min": 0, "max": 15, "step": 0.1}}]}`
	ts, err := Parse([]byte(file))
	if err != nil {
		t.Fatalf("Parse() error: %v", err)
	}
	if got := ts.Indicators[0].Bound + " " + ts.Indicators[1].Bound; got != "floor band" {
		t.Errorf("bounds = %s; want floor band", got)
	}
	if !ts.Indicators[0].IsLevel() || !ts.Indicators[1].IsLevel() || ts.Indicators[1].IsCap() {
		t.Error("a floor and a band are levels, not caps")
	}
}
