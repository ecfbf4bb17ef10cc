package data

import (
	"errors"
	"math"
	"strings"
	"unicode/utf8"

	"xigong/internal/minijson"
)

// FileV2 is a report's targets file (`xigong-targets/v2`, data/SCHEMA.md):
// every target read from a report's words, each with its measure and
// bound, in words or with numbers. Package reading makes it; Parse takes it
// into Targets (see v2Bound). Its reader and writer are generated from its
// tags, the one description of the format in code.
//
//jsongen:encode
//jsongen:decode
type FileV2 struct {
	Schema      string        `json:"schema"` // SchemaV2
	Year        int           `json:"year"`   // 0 when the words name none
	Title       Text          `json:"title"`
	Region      Text          `json:"region"`
	Source      Text          `json:"source"`
	Assumptions Text          `json:"assumptions"` // what the tool chose
	Indicators  []IndicatorV2 `json:"indicators"`
}

// IndicatorV2 is one target of a v2 file: a value for every bound but
// range (min, max) and qualitative (neither, nor a measure, a unit or a
// slider).
//
//jsongen:encode
//jsongen:decode
type IndicatorV2 struct {
	ID           string  `json:"id"`
	Name         Text    `json:"name"`
	Untranslated bool    `json:"untranslated,omitempty"` // the English name is the Chinese: no dictionary name
	Corrected    bool    `json:"corrected,omitempty"`    // changed by a reader from what the words were read as
	Quote        string  `json:"quote"`                  // the clause as printed
	Measure      string  `json:"measure,omitempty"`      // growth, level, change or reduction
	Bound        string  `json:"bound"`                  // atLeast, atMost, about, exact, range or qualitative
	Min          *Figure `json:"min,omitempty"`
	Max          *Figure `json:"max,omitempty"`
	Value        *Figure `json:"value,omitempty"`
	Tolerance    float64 `json:"tolerance,omitempty"`
	Unit         string  `json:"unit,omitempty"`
	Scenario     *Span   `json:"scenario,omitempty"`
}

// ParseV2 decodes a v2 file as it is, for a reader to correct it (Parse
// reads it into what the page charts). The error, if any, is an Errors
// value naming the fields at fault.
func ParseV2(b []byte) (FileV2, error) {
	v, err := parseJSON(b)
	if err != nil {
		return FileV2{}, err
	}
	var r reader
	f := r.decodeFileV2("", v)
	if len(r.errs) == 0 && f.Schema != SchemaV2 {
		r.add("schema", rule("schema", quoted(f.Schema)))
	}
	if len(r.errs) > 0 {
		return FileV2{}, r.errs
	}
	return f, nil
}

// Marshal writes the file as JSON.
func (f FileV2) Marshal() ([]byte, error) {
	b, err := minijson.Marshal(f)
	if err != nil {
		return nil, errors.New("data: writing a v2 file: " + err.Error())
	}
	return b, nil
}

// Figure is a number that may be absent (a v2 range has no value).
type Figure float64

// decodeFigure reads a figure at path (called by the generated decoders).
func (r *reader) decodeFigure(path string, v any) Figure {
	f, ok := v.(float64)
	if !ok {
		r.wrong(path, kindNumber, v)
	}
	return Figure(f)
}

// v2Bound is the bound a v2 target is charted with, or "" when the page
// does not chart its kind yet (a range or a cap of a cut, a range of a
// level or of a change); a change in points is charted as a level of the
// rise or fall (see changeName); ok is false for a measure and bound that are
// not of the schema. A growth rate or a level stated with no 以上, 以内 or
// 左右 is read as met at or above its value, as the bundled targets are
// (the file's assumptions say so).
func v2Bound(in IndicatorV2) (b Bound, ok bool) {
	switch in.Measure + " " + in.Bound {
	case "growth atLeast":
		if strings.Contains(in.Quote, in.Unit+"以上") || strings.Contains(in.Quote, "％以上") { // not 规模以上
			return AtLeast, true
		}
		return Growth, true
	case "growth exact":
		return Growth, true
	case "growth about":
		return About, true
	case "growth range":
		return Range, true
	case "growth atMost", "level atMost":
		return Cap, true
	case "reduction atLeast", "reduction exact":
		return Reduction, true
	case "reduction about":
		return ReductionAbout, true
	case "level atLeast", "level exact":
		return Floor, true
	case "level about":
		return Band, true
	case "change atLeast", "change exact":
		return Floor, true
	case "change about":
		return Band, true
	case "change atMost":
		return Cap, true
	case "reduction atMost", "reduction range", "level range", "change range":
		return "", true
	case " qualitative":
		return "", true
	}
	return "", false
}

// changeName names a change in points as the level it is charted as: the
// rise, or the fall when the clause says 下降, 降低, 减少 or 回落 ("城镇化率
// （提高幅度）", "Urbanization rate (rise)"), its value the size of the
// change; a name too long for the suffix is cut to make room.
func changeName(in IndicatorV2) Text {
	zh, en := "（提高幅度）", " (rise)"
	for _, fall := range []string{"下降", "降低", "减少", "回落"} {
		if strings.Contains(in.Quote, fall) {
			zh, en = "（下降幅度）", " (fall)"
		}
	}
	return Text{ZH: cutFor(in.Name.ZH, zh), EN: cutFor(in.Name.EN, en)}
}

// cutFor returns name with suffix, name cut so that both fit in
// MaxNameLen characters.
func cutFor(name, suffix string) string {
	r := []rune(name)
	if room := MaxNameLen - utf8.RuneCountInString(suffix); len(r) > room {
		r = r[:max(room, 0)]
	}
	return string(r) + suffix
}

// fromV2 takes a v2 file into Targets, in v1's form (as the file would be
// written in v1): the targets the page charts as its indicators, the
// others as words. orig gives the v2 index of each
// indicator, to name the fields of errors as the file has them.
func (r *reader) fromV2(f FileV2) (t Targets, orig []int) {
	t = Targets{
		Schema: Schema, Year: f.Year, BaseYear: f.Year - 1, Title: f.Title, Region: f.Region,
		Source: Source{Text: Text{ZH: f.Source.ZH + f.Assumptions.ZH, EN: strings.TrimSpace(f.Source.EN + " " + f.Assumptions.EN)}},
	}
	for i, in := range f.Indicators {
		p := at("indicators", i)
		b, ok := v2Bound(in)
		if !ok {
			r.add(p+".bound", rule("measureBound", quoted(in.Measure), quoted(in.Bound)))
			continue
		}
		kind := NotCharted
		if in.Bound == "qualitative" {
			kind = InWords
		}
		if b != "" && (!b.isLevel() && in.Unit != "%" && in.Unit != "‰" || b.isLevel() && !levelUnit(in.Unit)) {
			b = "" // a rate's chart takes % and ‰, a level's a unit as printed
		}
		if b == "" {
			t.Words = append(t.Words, Word{Name: in.Name, Quote: in.Quote, Kind: kind})
			continue
		}
		x := Indicator{ID: in.ID, Name: in.Name, Quote: in.Quote, Bound: b, Tolerance: in.Tolerance, Unit: in.Unit}
		if in.Measure == "change" {
			x.Name = changeName(in)
		}
		switch {
		case b == Range && in.Min == nil:
			r.add(p+".min", rule("missing", kinds[kindNumber].want))
			continue
		case b == Range && in.Max == nil:
			r.add(p+".max", rule("missing", kinds[kindNumber].want))
			continue
		case b == Range:
			x.Value, x.Max = float64(*in.Min), float64(*in.Max)
		case in.Value == nil:
			r.add(p+".value", rule("missing", kinds[kindNumber].want))
			continue
		default:
			x.Value = float64(*in.Value)
		}
		if in.Scenario == nil {
			r.add(p+".scenario", rule("missing", kinds[kindObject].want))
			continue
		}
		x.Scenario = *in.Scenario
		if huge(x.Value, x.Max, x.Scenario.Min, x.Scenario.Max) {
			t.Words = append(t.Words, Word{Name: in.Name, Quote: in.Quote, Kind: NotCharted})
			continue
		}
		t.Indicators = append(t.Indicators, x)
		orig = append(orig, i)
	}
	return t, orig
}

// huge reports whether any of xs is beyond what a chart takes (±MaxMagnitude,
// "城镇新增就业1200000万人"): such a target is listed, not charted.
func huge(xs ...float64) bool {
	for _, x := range xs {
		if math.Abs(x) > MaxMagnitude {
			return true
		}
	}
	return false
}
