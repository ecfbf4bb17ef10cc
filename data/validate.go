package data

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Limits of a valid targets file.
const (
	MaxIndicators = 50
	MaxMagnitude  = 1000 // largest absolute value of any number
	MaxSteps      = 10000
	maxNameLen    = 100
	maxQuoteLen   = 200
	maxSourceLen  = 2000
)

// reservedIDs are chart ids that indicator ids must not take.
var reservedIDs = map[string]bool{"growth": true, "projection": true}

// Validate checks every rule of the schema and returns an Errors value
// listing each field at fault, or nil.
func (t *Targets) Validate() error {
	var v validator
	if t.Schema != Schema {
		v.add("schema", "want "+strconv.Quote(Schema)+", got "+strconv.Quote(t.Schema))
	}
	if t.Year < 1949 || t.Year > 2100 {
		v.add("year", "want a year from 1949 to 2100, got "+strconv.Itoa(t.Year))
	}
	if t.BaseYear != t.Year-1 {
		v.add("baseYear", "want year - 1 = "+strconv.Itoa(t.Year-1)+", got "+strconv.Itoa(t.BaseYear))
	}
	v.text("title", t.Title, maxSourceLen)
	v.text("region", t.Region, maxNameLen)
	v.text("source", t.Source.Text, maxSourceLen)
	v.length("source.credit", t.Source.Credit, maxSourceLen)

	switch n := len(t.Indicators); {
	case n == 0:
		v.add("indicators", "want at least one indicator, got none")
	case n > MaxIndicators:
		v.add("indicators", "want at most "+strconv.Itoa(MaxIndicators)+" indicators, got "+strconv.Itoa(n))
	}
	seen := map[string]int{}
	for i, in := range t.Indicators {
		p := "indicators[" + strconv.Itoa(i) + "]"
		v.indicator(p, in)
		if j, dup := seen[in.ID]; dup && in.ID != "" {
			v.add(p+".id", strconv.Quote(in.ID)+" is already the id of indicators["+strconv.Itoa(j)+"]")
		} else {
			seen[in.ID] = i
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

func (v *validator) add(field, rule string) {
	v.errs = append(v.errs, &FieldError{Field: field, Rule: rule})
}

func (v *validator) length(field, s string, max int) {
	if n := utf8.RuneCountInString(s); n > max {
		v.add(field, "want at most "+strconv.Itoa(max)+" characters, got "+strconv.Itoa(n))
	}
	if !utf8.ValidString(s) {
		v.add(field, "want valid UTF-8")
	}
}

func (v *validator) required(field, s string, max int) {
	if s == "" {
		v.add(field, "want a non-empty string")
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
		v.add(field, "want a finite number within ±"+strconv.Itoa(MaxMagnitude)+", got "+formatFloat(x))
		return false
	}
	return true
}

func (v *validator) indicator(p string, in Indicator) {
	if !validID(in.ID) {
		v.add(p+".id", "want 1 to 32 of a-z, 0-9 and '-', starting with a letter, got "+strconv.Quote(in.ID))
	} else if reservedIDs[in.ID] {
		v.add(p+".id", strconv.Quote(in.ID)+" is reserved for a chart")
	}
	v.text(p+".name", in.Name, maxNameLen)
	v.required(p+".quote", in.Quote, maxQuoteLen)
	if in.Unit != "%" && in.Unit != "‰" {
		v.add(p+".unit", `want "%" or "‰", got `+strconv.Quote(in.Unit))
	}
	switch in.Bound {
	case Growth, AtLeast, About, Reduction, Cap:
	default:
		v.add(p+".bound", `want one of "growth", "atLeast", "about", "reduction", "cap", got `+strconv.Quote(string(in.Bound)))
	}
	valueOK := v.number(p+".value", in.Value)
	if valueOK && in.Bound == Cap && in.Value < 0 {
		v.add(p+".value", "want a cap of 0 or more, got "+formatFloat(in.Value))
	}
	if v.number(p+".tolerance", in.Tolerance) {
		switch {
		case in.Bound == About && in.Tolerance <= 0:
			v.add(p+".tolerance", `want more than 0 for bound "about", got `+formatFloat(in.Tolerance))
		case in.Bound != About && in.Tolerance != 0:
			v.add(p+".tolerance", `want none unless bound is "about", got `+formatFloat(in.Tolerance))
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
		v.add(p+".scenario.max", "want more than scenario.min "+formatFloat(r.Min)+", got "+formatFloat(r.Max))
	case r.Step <= 0:
		v.add(p+".scenario.step", "want more than 0, got "+formatFloat(r.Step))
	case (r.Max-r.Min)/r.Step > MaxSteps:
		v.add(p+".scenario.step", "want at most "+strconv.Itoa(MaxSteps)+" steps from min to max, got "+formatFloat(math.Ceil((r.Max-r.Min)/r.Step)))
	case valueOK && (in.Value < r.Min || in.Value > r.Max):
		v.add(p+".value", "want within scenario range ["+formatFloat(r.Min)+", "+formatFloat(r.Max)+"], got "+formatFloat(in.Value))
	}
}

func (v *validator) reference(t *Targets, field, id string, bounds ...Bound) {
	if id == "" {
		return
	}
	i := t.Index(id)
	if i < 0 {
		v.add(field, "want the id of an indicator, got "+strconv.Quote(id))
		return
	}
	for _, b := range bounds {
		if t.Indicators[i].Bound == b {
			return
		}
	}
	v.add(field, strconv.Quote(id)+" has bound "+strconv.Quote(string(t.Indicators[i].Bound))+"; want "+boundList(bounds))
}

func boundList(bs []Bound) string {
	s := ""
	for i, b := range bs {
		if i > 0 {
			s += " or "
		}
		s += strconv.Quote(string(b))
	}
	return s
}

func validID(id string) bool {
	if len(id) == 0 || len(id) > 32 || id[0] < 'a' || id[0] > 'z' {
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
