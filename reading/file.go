package reading

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"xigong/internal/minijson"
)

// File makes the reading of cs into a report's targets file
// (`xigong-targets/v2`, data/SCHEMA.md) for year (0 when the words name
// none) and the region's names given ("" when not stated): every target
// read, with numbers or in words, its measure, bound, unit and the clause
// as printed. The tolerances, the sliders' ranges and the reading of a
// target stated with no 以上, 以内 or 左右 as met at or above its value are
// the tool's: the file's assumptions say so. Package data reads the file
// into what the page charts and lists.
func File(cs []Clause, year int, region, regionEN string) ([]byte, error) {
	if region == "" {
		region = "（未注明地区）"
	}
	if regionEN == "" {
		regionEN = "(region not stated)"
	}
	var e minijson.Encoder
	text := func(key, zh, en string) {
		e.Key(key)
		e.BeginObject()
		e.Key("zh")
		e.String(zh)
		e.Key("en")
		e.String(en)
		e.EndObject()
	}
	e.BeginObject()
	e.Key("schema")
	e.String("xigong-targets/v2")
	e.Key("year")
	e.Int(year)
	y, yEN := "", ""
	if year != 0 {
		y, yEN = strconv.Itoa(year)+"年", " for "+strconv.Itoa(year)
	}
	text("title", cut(region+y+"预期目标", 2000), cut(regionEN+": expected targets"+yEN, 2000))
	text("region", cut(region, 100), cut(regionEN, 100))
	text("source", "据政府工作报告的文字读出的"+y+"预期目标。", "The expected targets"+yEN+" read from the words of a government work report.")
	text("assumptions", "“左右”的容差和滑块的范围由本工具设定；没有写“以上”“以内”“左右”的目标，按达到或超过所写的数计，也是本工具的解读。",
		"The tolerance of an 'about' target and the sliders' ranges are this tool's; a target stated with no 'or more', 'within' or 'about' is read as met at or above its figure, also this tool's reading.")
	e.Key("indicators")
	e.BeginArray()
	ids := map[string]int{}
	for _, c := range cs {
		for _, t := range c.Targets {
			indicator(&e, t, c.Quote, ids)
		}
	}
	e.EndArray()
	e.EndObject()
	b, err := e.Bytes()
	if err != nil {
		return nil, errors.New("reading: " + err.Error())
	}
	return b, nil
}

// indicator writes target t, read in the clause quote, with an id not
// yet in ids.
func indicator(e *minijson.Encoder, t Target, quote string, ids map[string]int) {
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
	e.BeginObject()
	e.Key("id")
	e.String(id)
	e.Key("name")
	e.BeginObject()
	e.Key("zh")
	e.String(cut(t.Indicator, 100))
	e.Key("en")
	e.String(cut(en, 100))
	e.EndObject()
	if !ok {
		e.Key("untranslated")
		e.Bool(true)
	}
	e.Key("quote")
	e.String(cut(quote, 200))
	if t.Bound != Qualitative {
		e.Key("measure")
		e.String(string(t.Measure))
	}
	e.Key("bound")
	e.String(string(t.Bound))
	if t.Bound == Qualitative {
		e.EndObject()
		return
	}
	if t.Bound == Range {
		e.Key("min")
		e.Float(t.Min)
		e.Key("max")
		e.Float(t.Max)
	} else {
		e.Key("value")
		e.Float(t.Value)
	}
	if t.Bound == About {
		e.Key("tolerance")
		e.Float(Tolerance(t))
	}
	e.Key("unit")
	e.String(t.Unit)
	min, max, step := Slider(t)
	e.Key("scenario")
	e.BeginObject()
	e.Key("min")
	e.Float(min)
	e.Key("max")
	e.Float(max)
	e.Key("step")
	e.Float(step)
	e.EndObject()
	e.EndObject()
}

// cut keeps the first n characters of s.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// Year returns the first year the clauses' headings name, or 0.
func Year(cs []Clause) int {
	for _, c := range cs {
		if c.Why != WhyHeading && c.Why != WhyBefore {
			continue
		}
		for _, n := range c.Others {
			if n.Why == WhyYear {
				if y, err := strconv.Atoi(n.Text); err == nil {
					return y
				}
			}
		}
	}
	return 0
}
