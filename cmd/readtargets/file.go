package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"xigong/reading"
)

// meta is what the text may not say: the region.
type meta struct{ region, regionEN string }

type text struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

type span struct {
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
	Step float64 `json:"step"`
}

// indicator is one target of a v2 targets file (data/SCHEMA.md).
type indicator struct {
	ID           string   `json:"id"`
	Name         text     `json:"name"`
	Untranslated bool     `json:"untranslated,omitempty"` // no English name in the dictionary: the Chinese one in both
	Quote        string   `json:"quote"`
	Measure      string   `json:"measure,omitempty"`
	Bound        string   `json:"bound"`
	Value        *float64 `json:"value,omitempty"`
	Min          *float64 `json:"min,omitempty"`
	Max          *float64 `json:"max,omitempty"`
	Tolerance    *float64 `json:"tolerance,omitempty"` // ours, for "about"
	Unit         string   `json:"unit,omitempty"`
	Scenario     *span    `json:"scenario,omitempty"` // ours
}

// file is a v2 targets file.
type file struct {
	Schema      string      `json:"schema"`
	Year        int         `json:"year"`
	Title       text        `json:"title"`
	Region      text        `json:"region"`
	Source      text        `json:"source"`
	Assumptions text        `json:"assumptions"`
	Indicators  []indicator `json:"indicators"`
}

// targetsFile makes the v2 targets file of a reading.
func targetsFile(cs []reading.Clause, m meta) ([]byte, error) {
	f := file{
		Schema: "xigong-targets/v2",
		Title:  text{"预期目标", "Expected targets"},
		Region: text{"（未注明）", "(not stated)"},
		Source: text{"据所给的政府工作报告文字读出。", "Read from the words of the government work report given."},
		Assumptions: text{"“左右”的容差和滑块的范围由本工具设定，不是报告的数字。",
			"The tolerance of an 'about' target and the sliders' ranges are this tool's, not the report's."},
	}
	if m.region != "" {
		f.Region.ZH = m.region
	}
	if m.regionEN != "" {
		f.Region.EN = m.regionEN
	}
	for _, c := range cs {
		if c.Why == reading.WhyHeading {
			f.Title.ZH = c.Quote
			for _, n := range c.Others {
				if n.Why == reading.WhyYear && f.Year == 0 {
					f.Year, _ = strconv.Atoi(n.Text)
				}
			}
			if f.Year > 0 {
				f.Title.EN = fmt.Sprintf("Expected targets for %d", f.Year)
			}
		}
	}
	ids := map[string]int{}
	for _, c := range cs {
		for _, t := range c.Targets {
			in := indicator{Quote: c.Quote, Measure: string(t.Measure), Bound: string(t.Bound), Unit: t.Unit}
			in.Name.ZH = t.Indicator
			if en, ok := reading.English(t.Indicator); ok {
				in.Name.EN = en
			} else {
				in.Name.EN, in.Untranslated = t.Indicator, true
			}
			en := in.Name.EN
			if in.Untranslated {
				en = ""
			}
			in.ID = uniqueID(reading.ID(en), ids)
			switch t.Bound {
			case reading.Qualitative:
				in.Measure = ""
			case reading.Range:
				in.Min, in.Max = num(t.Min), num(t.Max)
				in.Scenario = slider(t)
			default:
				in.Value = num(t.Value)
				in.Scenario = slider(t)
				if t.Bound == reading.About {
					in.Tolerance = num(reading.Tolerance(t))
				}
			}
			f.Indicators = append(f.Indicators, in)
		}
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("readtargets: %w", err)
	}
	return append(b, '\n'), nil
}

func num(x float64) *float64 { return &x }

func slider(t reading.Target) *span {
	min, max, step := reading.Slider(t)
	return &span{Min: min, Max: max, Step: step}
}

// uniqueID returns id, or id-2, id-3… when it is taken.
func uniqueID(id string, seen map[string]int) string {
	seen[id]++
	if n := seen[id]; n > 1 {
		return id + "-" + strconv.Itoa(n)
	}
	return id
}
