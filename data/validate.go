package data

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits of a valid targets file.
const (
	MaxIndicators = 50
	MaxMagnitude  = 1000000 // largest absolute value of any number (a level may be an amount: 1,100 万人)
	maxUnitLen    = 16      // characters of a level's unit ("万人", "万亿斤")
	MaxSteps      = 10000
	MaxNameLen    = 100  // characters of a name or a region
	MaxQuoteLen   = 200  // characters of a quote
	MaxSourceLen  = 2000 // characters of a title or a source
	MaxIDLen      = 32   // bytes of an id (IDPattern says it again, as a pattern; a test checks both)
	MinYear       = 1949 // the years a target year may be
	MaxYear       = 2100
)

// ValidYear reports whether y may be a target year.
func ValidYear(y int) bool { return y >= MinYear && y <= MaxYear }

// The ids of the charts that show several indicators; every other chart
// takes its indicator's id, so no indicator may take these.
const (
	GrowthChartID     = "growth"
	LevelsChartID     = "levels"
	ProjectionChartID = "projection"
)

// Reserved reports whether id is a chart's and no indicator's.
func Reserved(id string) bool {
	return id == GrowthChartID || id == ProjectionChartID || IsLevelsChartID(id)
}

// IsLevelsChartID reports whether id is a chart's of levels of one unit:
// LevelsChartID, or it and "-" and a number (levels-2, for a second unit).
func IsLevelsChartID(id string) bool {
	n, ok := strings.CutPrefix(id, LevelsChartID+"-")
	if !ok {
		return id == LevelsChartID
	}
	if n == "" || n[0] == '0' {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true // the rule web/constants.js's isRows states too
}

// Validate checks every rule of the schema and returns an Errors value
// listing each field at fault, or nil.
func (t *Targets) Validate() error {
	var v validator
	if t.Schema != Schema {
		v.add("schema", rule("schema", quoted(t.Schema)))
	}
	if !ValidYear(t.Year) {
		v.add("year", rule("year", itoa(MinYear), itoa(MaxYear), itoa(t.Year)))
	} else if t.BaseYear != t.Year-1 {
		v.add("baseYear", rule("baseYear", itoa(t.Year-1), itoa(t.BaseYear)))
	}
	v.text("title", t.Title, MaxSourceLen)
	v.text("region", t.Region, MaxNameLen)
	v.text("source", t.Source.Text, MaxSourceLen)
	v.length("source.credit", t.Source.Credit, MaxSourceLen)

	switch n := len(t.Indicators); {
	case n == 0 && len(t.Words) > 0:
		v.add("indicators", rule("noCharted", itoa(len(t.Words))))
	case n == 0:
		v.add("indicators", rule("noIndicators"))
	case n > MaxIndicators:
		v.add("indicators", rule("indicators", itoa(MaxIndicators), itoa(n)))
	}
	seen := map[string]int{}
	for i, in := range t.Indicators {
		p := "indicators[" + strconv.Itoa(i) + "]"
		v.indicator(p, in)
		if j, dup := seen[in.ID]; dup && in.ID != "" {
			v.add(p+".id", rule("idTaken", quoted(in.ID), Text{ZH: "第 " + strconv.Itoa(j+1) + " 项指标", EN: "indicators[" + strconv.Itoa(j) + "]"}))
		} else {
			seen[in.ID] = i
		}
	}
	for i, w := range t.Words {
		p := at("words", i)
		v.text(p+".name", w.Name, MaxNameLen)
		v.required(p+".quote", w.Quote, MaxQuoteLen)
		if w.Kind != InWords && w.Kind != NotCharted {
			v.add(p+".kind", rule("wordKind", quoted(w.Kind)))
		}
	}
	v.reference(t, "projection.gdp", t.Projection.GDP, Growth, AtLeast, About)
	v.reference(t, "projection.energyIntensity", t.Projection.EnergyIntensity, Reduction)
	if len(v.errs) == 0 {
		return nil
	}
	return v.errs
}

type validator struct{ errs Errors }

func (v *validator) add(field string, rule Text) {
	v.errs = append(v.errs, &FieldError{Field: field, Rule: rule})
}

func (v *validator) length(field, s string, max int) {
	if n := utf8.RuneCountInString(s); n > max {
		v.add(field, rule("maxChars", itoa(max), itoa(n)))
	}
	if !utf8.ValidString(s) {
		v.add(field, rule("utf8"))
	}
}

func (v *validator) required(field, s string, max int) {
	if s == "" {
		v.add(field, rule("nonEmpty"))
		return
	}
	v.length(field, s, max)
}

func (v *validator) text(field string, t Text, max int) {
	v.required(field+".zh", t.ZH, max)
	v.required(field+".en", t.EN, max)
}

func (v *validator) number(field string, x float64) bool {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > MaxMagnitude {
		v.add(field, rule("finite", itoa(MaxMagnitude), num(x)))
		return false
	}
	return true
}

func (v *validator) indicator(p string, in Indicator) {
	if !validID(in.ID) {
		v.add(p+".id", rule("id", itoa(MaxIDLen), quoted(in.ID)))
	} else if Reserved(in.ID) {
		v.add(p+".id", rule("idReserved", quoted(in.ID)))
	}
	v.text(p+".name", in.Name, MaxNameLen)
	v.required(p+".quote", in.Quote, MaxQuoteLen)
	switch {
	case in.IsLevel():
		// A level is in its unit as printed: a rate (%, ‰) or an amount.
		if !levelUnit(in.Unit) {
			v.add(p+".unit", rule("unitLevel", itoa(maxUnitLen), quoted(in.Unit)))
		}
	case in.Unit != "%" && in.Unit != "‰":
		v.add(p+".unit", rule("unit", quoted(in.Unit)))
	}
	switch in.Bound {
	case Growth, AtLeast, About, Reduction, Cap, Floor, Band, Range, ReductionAbout:
	default:
		v.add(p+".bound", rule("bound", quoted(string(in.Bound))))
	}
	valueOK := v.number(p+".value", in.Value)
	if valueOK && in.Bound == Cap && in.Value < 0 {
		v.add(p+".value", rule("capNegative", num(in.Value)))
	}
	about := in.IsAbout()
	if v.number(p+".tolerance", in.Tolerance) {
		switch {
		case about && in.Tolerance <= 0:
			v.add(p+".tolerance", rule("tolAbout", num(in.Tolerance)))
		case !about && in.Tolerance != 0:
			v.add(p+".tolerance", rule("tolOther", num(in.Tolerance)))
		}
	}
	if v.number(p+".max", in.Max) {
		switch {
		case in.Bound == Range && valueOK && in.Max <= in.Value:
			v.add(p+".max", rule("rangeMax", num(in.Value), num(in.Max)))
		case in.Bound != Range && in.Max != 0:
			v.add(p+".max", rule("maxOther", num(in.Max)))
		}
	}
	r := in.Scenario
	minOK := v.number(p+".scenario.min", r.Min)
	maxOK := v.number(p+".scenario.max", r.Max)
	stepOK := v.number(p+".scenario.step", r.Step)
	if !minOK || !maxOK || !stepOK {
		return
	}
	switch {
	case r.Min >= r.Max:
		v.add(p+".scenario.max", rule("maxOverMin", num(r.Min), num(r.Max)))
	case r.Step <= 0:
		v.add(p+".scenario.step", rule("positive", num(r.Step)))
	case (r.Max-r.Min)/r.Step > MaxSteps:
		v.add(p+".scenario.step", rule("steps", itoa(MaxSteps), num(math.Ceil((r.Max-r.Min)/r.Step))))
	case valueOK && (in.Value < r.Min || in.Value > r.Max):
		v.add(p+".value", rule("inRange", num(r.Min), num(r.Max), num(in.Value)))
	case in.Bound == Range && in.Max > r.Max:
		v.add(p+".max", rule("inRange", num(r.Min), num(r.Max), num(in.Max)))
	}
}

// levelUnit reports whether a level's unit is valid: 1 to maxUnitLen
// characters, no markup.
func levelUnit(u string) bool {
	n := utf8.RuneCountInString(u)
	return n > 0 && n <= maxUnitLen && !strings.ContainsAny(u, "<>&\"'\n")
}

func (v *validator) reference(t *Targets, field, id string, bounds ...Bound) {
	if id == "" {
		return
	}
	i := t.Index(id)
	if i < 0 {
		v.add(field, rule("reference", quoted(id)))
		return
	}
	for _, b := range bounds {
		if t.Indicators[i].Bound == b {
			return
		}
	}
	v.add(field, rule("refBound", quoted(id), quoted(string(t.Indicators[i].Bound)), boundList(bounds)))
}

// boundList is "“growth” or “atLeast”" in both languages.
func boundList(bs []Bound) Text {
	var s Text
	for i, b := range bs {
		if i > 0 {
			s.ZH += "或"
			s.EN += " or "
		}
		s.ZH += strconv.Quote(string(b))
		s.EN += strconv.Quote(string(b))
	}
	return s
}

// IDPattern is the regular expression of the ids validID accepts, for the
// page's scripts (web/constants.js, written by cmd/jsconst); a test checks
// that the two agree.
const IDPattern = `^[a-z][a-z0-9-]{0,31}$`

// validID reports whether id is 1 to 32 of a-z, 0-9 and '-', starting with a
// letter.
func validID(id string) bool {
	if len(id) == 0 || len(id) > MaxIDLen || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for _, c := range []byte(id) {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
