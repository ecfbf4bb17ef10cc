package reading

import (
	"strconv"
	"unicode/utf8"

	"xigong/data"
)

// File makes the reading of cs into a report's targets file
// (data.FileV2, data/SCHEMA.md) for year (0 when the words name none) and
// the region's names given ("" when not stated): every target read, with
// numbers or in words, its measure, bound, unit and the clause as printed.
// The tolerances, the sliders' ranges and the reading of a target stated
// with no 以上, 以内 or 左右 as met at or above its value are the tool's:
// the file's assumptions say so. Package data reads the file into what the
// page charts and lists.
func File(cs []Clause, year int, region, regionEN string) data.FileV2 {
	if region == "" {
		region = "（未注明地区）"
	}
	if regionEN == "" {
		regionEN = "(region not stated)"
	}
	y, yEN := "", ""
	if year != 0 {
		y, yEN = strconv.Itoa(year)+"年", " for "+strconv.Itoa(year)
	}
	f := data.FileV2{
		Schema: data.SchemaV2,
		Year:   year,
		Title:  data.Text{ZH: cut(region+y+"预期目标", data.MaxSourceLen), EN: cut(regionEN+": expected targets"+yEN, data.MaxSourceLen)},
		Region: data.Text{ZH: cut(region, data.MaxNameLen), EN: cut(regionEN, data.MaxNameLen)},
		Source: data.Text{ZH: "据政府工作报告的文字读出的" + y + "预期目标。", EN: "The expected targets" + yEN + " read from the words of a government work report."},
		Assumptions: data.Text{ZH: "“左右”的容差和滑块的范围由本工具设定；没有写“以上”“以内”“左右”的目标，按达到或超过所写的数计，也是本工具的解读。",
			EN: "The tolerance of an 'about' target and the sliders' ranges are this tool's; a target stated with no 'or more', 'within' or 'about' is read as met at or above its figure, also this tool's reading."},
		Indicators: []data.IndicatorV2{},
	}
	ids := map[string]int{}
	for _, c := range cs {
		for _, t := range c.Targets {
			f.Indicators = append(f.Indicators, indicator(t, c.Quote, ids))
		}
	}
	return f
}

// indicator is target t, read in the clause quote, with an id not yet in
// ids.
func indicator(t Target, quote string, ids map[string]int) data.IndicatorV2 {
	en, ok := English(t.Indicator)
	if t.Bound == Qualitative {
		ok = false // words name no indicator of the dictionary: 居民收入增长和经济增长同步 is not "economic growth"
	}
	id := ID(en)
	if !ok {
		en, id = t.Indicator, "target"
	}
	ids[id]++
	if n := ids[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	in := data.IndicatorV2{
		ID:           id,
		Name:         data.Text{ZH: cut(t.Indicator, data.MaxNameLen), EN: cut(en, data.MaxNameLen)},
		Untranslated: !ok,
		Quote:        cut(quote, data.MaxQuoteLen),
		Bound:        string(t.Bound),
	}
	if t.Bound == Qualitative {
		return in
	}
	in.Measure, in.Unit = string(t.Measure), t.Unit
	figure := func(x float64) *data.Figure { f := data.Figure(x); return &f }
	if t.Bound == Range {
		in.Min, in.Max = figure(t.Min), figure(t.Max)
	} else {
		in.Value = figure(t.Value)
	}
	if t.Bound == About {
		in.Tolerance = Tolerance(t)
	}
	min, max, step := Slider(t)
	in.Scenario = &data.Span{Min: min, Max: max, Step: step}
	return in
}

// cut keeps the first n characters of s.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// Year returns the year the targets are for, as the words print it: the
// heading's year ("2025年经济社会发展的主要预期目标"), or else the year printed
// nearest before the first target ("长沙市已确定2014年发展目标：…",
// "2022年，将……目标实现地区生产总值增长6.2%左右"): not one after it (a base
// year: "比2010年翻一番"), nor an earlier one (a review of the year before,
// or its date: "2024年成绩单……2025年……"); 0 when none.
func Year(cs []Clause) int {
	for _, c := range cs {
		if c.Why != WhyHeading {
			continue
		}
		for _, n := range c.Others {
			if y, err := strconv.Atoi(n.Text); err == nil && n.Why == WhyYear {
				return y
			}
		}
	}
	last := 0
	for _, c := range cs {
		q := []rune(c.Quote)
		for _, mk := range c.Marks {
			if mk.Target {
				return last
			}
			if y, err := strconv.Atoi(string(q[mk.From:mk.To])); err == nil && mk.Why == WhyYear && data.ValidYear(y) {
				last = y
			}
		}
	}
	return 0
}
