package data

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// v2File is a report's targets file as package reading writes it, with a
// target of each kind the page charts or lists.
const v2File = `{"schema": "xigong-targets/v2", "year": 2019,
 "title": {"zh": "甲2019年预期目标", "en": "A: expected targets for 2019"},
 "region": {"zh": "甲", "en": "A"},
 "source": {"zh": "读出。", "en": "Read."},
 "assumptions": {"zh": "容差是本工具的。", "en": "The tolerance is ours."},
 "indicators": [
  {"id": "gdp", "name": {"zh": "生产总值", "en": "GDP"}, "quote": "生产总值增长6%-6.5%", "measure": "growth", "bound": "range", "min": 6, "max": 6.5, "unit": "%", "scenario": {"min": -5, "max": 15, "step": 0.1}},
  {"id": "words", "name": {"zh": "国际收支", "en": "国际收支"}, "quote": "国际收支基本平衡", "bound": "qualitative"},
  {"id": "revenue", "name": {"zh": "收入", "en": "Revenue"}, "quote": "收入增长5%以上", "measure": "growth", "bound": "atLeast", "value": 5, "unit": "%", "scenario": {"min": -5, "max": 10, "step": 0.1}},
  {"id": "energy", "name": {"zh": "能耗", "en": "Energy"}, "quote": "能耗降低3%左右", "measure": "reduction", "bound": "about", "value": 3, "tolerance": 0.5, "unit": "%", "scenario": {"min": -5, "max": 10, "step": 0.1}},
  {"id": "jobs", "name": {"zh": "城镇新增就业", "en": "New urban jobs"}, "quote": "城镇新增就业100万人", "measure": "level", "bound": "exact", "value": 100, "unit": "万人", "scenario": {"min": 0, "max": 200, "step": 1}},
  {"id": "urban", "name": {"zh": "城镇化率", "en": "Urbanization rate"}, "quote": "城镇化率提高1个百分点", "measure": "change", "bound": "exact", "value": 1, "unit": "个百分点", "scenario": {"min": -5, "max": 10, "step": 0.1}},
  {"id": "urban2", "name": {"zh": "城镇化率", "en": "Urbanization rate"}, "quote": "城镇化率提高1.5到2个百分点", "measure": "change", "bound": "range", "min": 1.5, "max": 2, "unit": "个百分点", "scenario": {"min": -5, "max": 10, "step": 0.1}}
 ]}`

func TestParseV2(t *testing.T) {
	got, err := Parse([]byte(v2File))
	if err != nil {
		t.Fatalf("Parse(v2) error: %v", err)
	}
	if got.Year != 2019 || got.BaseYear != 2018 {
		t.Errorf("year, base year = %d, %d, want 2019, 2018", got.Year, got.BaseYear)
	}
	if want := "读出。容差是本工具的。"; got.Source.ZH != want {
		t.Errorf("source = %q, want %q (the assumptions said)", got.Source.ZH, want)
	}
	type charted struct {
		id         string
		bound      Bound
		value, max float64
	}
	var ins []charted
	for _, in := range got.Indicators {
		ins = append(ins, charted{in.ID, in.Bound, in.Value, in.Max})
	}
	want := []charted{{"gdp", Range, 6, 6.5}, {"revenue", AtLeast, 5, 0}, {"energy", ReductionAbout, 3, 0}, {"jobs", Floor, 100, 0}, {"urban", Floor, 1, 0}}
	if !reflect.DeepEqual(ins, want) {
		t.Errorf("indicators = %v, want %v", ins, want)
	}
	words := []Word{
		{Name: Text{ZH: "国际收支", EN: "国际收支"}, Quote: "国际收支基本平衡", Kind: InWords},
		{Name: Text{ZH: "城镇化率", EN: "Urbanization rate"}, Quote: "城镇化率提高1.5到2个百分点", Kind: NotCharted},
	}
	if in := got.Indicators[4]; in.Name.ZH != "城镇化率（提高幅度）" || in.Name.EN != "Urbanization rate (rise)" || in.Unit != "个百分点" {
		t.Errorf("the change in points = %+v; want charted as the rise, in points", in)
	}
	if !reflect.DeepEqual(got.Words, words) {
		t.Errorf("words = %+v, want %+v", got.Words, words)
	}
}

func TestParseV2Errors(t *testing.T) {
	for _, tc := range []struct {
		name, from, to, want string
	}{
		{"a bound not of the schema", `"bound": "exact", "value": 100`, `"bound": "most", "value": 100`,
			`data: indicators[4] (jobs).bound: measure "level" with bound "most" is not of the schema`},
		{"a range with no max", `"min": 6, "max": 6.5,`, `"min": 6,`, "data: indicators[0] (gdp).max: want a number; it is missing or null"},
		{"no value", `"value": 5,`, ``, "data: indicators[2] (revenue).value: want a number; it is missing or null"},
		{"a rule broken after a target in words", `"value": 3, "tolerance": 0.5`, `"value": 30, "tolerance": 0.5`,
			"data: indicators[3] (energy).value: want within scenario range [-5, 10], got 30"},
		{"a range's lower end out of the slider", `"min": 6, "max": 6.5`, `"min": -6, "max": 6.5`,
			"data: indicators[0] (gdp).min: want within scenario range [-5, 15], got -6"},
		{"a range upside down", `"min": 6, "max": 6.5`, `"min": 6, "max": 5`,
			"data: indicators[0] (gdp).max: want more than the range's lower end 6, got 5"},
		{"year not given", `"year": 2019`, `"year": 0`, "data: year: want a year from 1949 to 2100, got 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(v2File, tc.from) {
				t.Fatalf("the file has no %q", tc.from)
			}
			_, err := Parse([]byte(strings.Replace(v2File, tc.from, tc.to, 1)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Parse() error:\n%v\nwant a line starting:\n%s", err, tc.want)
			}
		})
	}
}

func TestParseV2OnlyWords(t *testing.T) {
	only := `{"schema": "xigong-targets/v2", "year": 2019, "title": {"zh": "甲", "en": "A"}, "region": {"zh": "甲", "en": "A"},
	 "source": {"zh": "读出。", "en": "Read."}, "indicators": [{"id": "t", "name": {"zh": "国际收支", "en": "国际收支"}, "quote": "国际收支基本平衡", "bound": "qualitative"}]}`
	_, err := Parse([]byte(only))
	if want := "data: indicators: want at least one target the page can chart; the 1 read can only be listed"; err == nil || err.Error() != want {
		t.Errorf("Parse() error = %v, want %s", err, want)
	}
}

func TestChangeName(t *testing.T) {
	for _, tt := range []struct{ quote, zh, en string }{
		{"城镇化率提高1个百分点", "城镇化率（提高幅度）", "Urbanization rate (rise)"},
		{"城镇调查失业率下降0.5个百分点", "城镇化率（下降幅度）", "Urbanization rate (fall)"},
	} {
		got := changeName(IndicatorV2{Name: Text{ZH: "城镇化率", EN: "Urbanization rate"}, Quote: tt.quote})
		if got.ZH != tt.zh || got.EN != tt.en {
			t.Errorf("changeName(%q) = %+v; want %s, %s", tt.quote, got, tt.zh, tt.en)
		}
	}
	long := changeName(IndicatorV2{Name: Text{ZH: strings.Repeat("率", 100), EN: strings.Repeat("r", 100)}, Quote: "提高1个百分点"})
	if n := utf8.RuneCountInString(long.ZH); n != MaxNameLen || !strings.HasSuffix(long.ZH, "（提高幅度）") || len(long.EN) != MaxNameLen {
		t.Errorf("a long name with its suffix: %d characters, %q; want %d, the suffix kept", n, long.ZH, MaxNameLen)
	}
}
