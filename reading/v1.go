package reading

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"xigong/internal/minijson"
)

// A Charted is a reading made into a targets file the page charts
// (`xigong-targets/v1`, data/SCHEMA.md): the targets of the kinds it
// charts, and the others, read but not charted yet.
type Charted struct {
	File  []byte   // the v1 targets file; nil when no target can be charted
	Other []Target // targets read and not charted: words, ranges, changes in points, exact levels
	Quote []string // the clause of each of Other
}

// The page's charts take growth rates (at least, about) and cuts in % or
// ‰, and levels (caps, floors, bands) in their unit.
func v1Bound(t Target, quote string) string {
	rate := t.Unit == "%" || t.Unit == "‰"
	if t.Measure == Level && t.Unit != "" && t.Bound != Range && t.Bound != Exact {
		rate = true // a level in its unit: a rate or an amount
	}
	if !rate {
		return ""
	}
	switch {
	case t.Measure == Growth && t.Bound == AtLeast:
		if strings.Contains(quote, strconv.FormatFloat(t.Value, 'f', -1, 64)+t.Unit+"以上") {
			return "atLeast"
		}
		return "growth"
	case t.Measure == Growth && t.Bound == About:
		return "about"
	case t.Measure == Reduction && t.Bound == AtLeast:
		return "reduction"
	case t.Measure == Level && t.Bound == AtMost:
		return "cap"
	case t.Measure == Level && t.Bound == AtLeast:
		return "floor"
	case t.Measure == Level && t.Bound == About:
		return "band"
	}
	return ""
}

// Chart makes the reading of cs into a v1 targets file for year, the
// region's names given ("" when not stated). The titles say the targets
// were read from a report's words; the tolerances and sliders are the
// tool's (see Tolerance, Slider).
func Chart(cs []Clause, year int, region, regionEN string) (Charted, error) {
	var c Charted
	if year < 1949 || year > 2100 {
		return c, errors.New("reading: year: want the targets' year, 1949–2100")
	}
	if region == "" {
		region = "（未注明地区）"
	}
	if regionEN == "" {
		regionEN = "(region not stated)"
	}
	y := strconv.Itoa(year)
	var e minijson.Encoder
	e.BeginObject()
	e.Key("schema")
	e.String("xigong-targets/v1")
	e.Key("year")
	e.Int(year)
	e.Key("baseYear")
	e.Int(year - 1)
	text := func(key, zh, en string) {
		e.Key(key)
		e.BeginObject()
		e.Key("zh")
		e.String(zh)
		e.Key("en")
		e.String(en)
		e.EndObject()
	}
	text("title", cut(region+y+"年预期目标", 2000), cut(regionEN+": expected targets for "+y, 2000))
	text("region", cut(region, 100), cut(regionEN, 100))
	text("source", "据读者粘贴的政府工作报告文字读出的"+y+"年预期目标；“左右”的容差和滑块的范围由本工具设定。",
		"The "+y+" expected targets read from the words of a government work report a reader pasted; the tolerance of 'about' targets and the sliders' ranges are this tool's.")
	e.Key("projection")
	e.BeginObject()
	e.EndObject()
	e.Key("indicators")
	e.BeginArray()
	ids := map[string]int{}
	n := 0
	for _, cl := range cs {
		for _, t := range cl.Targets {
			bound := v1Bound(t, cl.Quote)
			if bound == "" || n == 50 {
				c.Other = append(c.Other, t)
				c.Quote = append(c.Quote, cl.Quote)
				continue
			}
			n++
			en, ok := English(t.Indicator)
			id := ID(en)
			if !ok {
				en = t.Indicator
				id = "target"
			}
			ids[id]++
			if ids[id] > 1 || id == "target" {
				id += "-" + strconv.Itoa(ids[id])
			}
			e.BeginObject()
			e.Key("id")
			e.String(id)
			text("name", cut(t.Indicator, 100), cut(en, 100))
			e.Key("quote")
			e.String(cut(cl.Quote, 200))
			e.Key("bound")
			e.String(bound)
			e.Key("value")
			e.Float(t.Value)
			if bound == "about" || bound == "band" {
				e.Key("tolerance")
				e.Float(Tolerance(t))
			}
			e.Key("unit")
			e.String(t.Unit)
			min, max, step := Slider(t)
			if bound == "cap" && min > 0 {
				min = 0
			}
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
	}
	e.EndArray()
	e.EndObject()
	if n == 0 {
		return c, nil
	}
	b, err := e.Bytes()
	if err != nil {
		return c, errors.New("reading: " + err.Error())
	}
	c.File = b
	return c, nil
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
