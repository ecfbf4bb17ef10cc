package reading

import (
	"errors"
	"strconv"
	"strings"

	"xigong/data"
)

// A Correction is what a reader changes of one target of a file read from
// a report's words (on the page's proofreading desk): drop it, or give its
// names and its numbers as they should have been read. Empty names keep
// the file's; a Bound of "" keeps the file's numbers.
type Correction struct {
	Index  int  // the target's place in the file's indicators
	Drop   bool // leave the target out of the file
	Name   string
	NameEN string
	Target // Measure, Bound, Value (Min and Max for a range) and Unit; Indicator is ignored
}

// ErrNoSuchTarget is the error of a correction whose index is not in the file.
var ErrNoSuchTarget = errors.New("reading: no such target in the file")

// Correct applies c to file (a v2 targets file) and returns the file
// corrected, which data.Parse takes: the target is marked corrected, keeps
// its id and its words, and takes the tool's tolerance and slider range for
// its new numbers; an English name from the dictionary follows a new
// Chinese name unless an English one is given.
func Correct(file []byte, c Correction) ([]byte, error) {
	f, err := data.ParseV2(file)
	if err != nil {
		return nil, err
	}
	if c.Index < 0 || c.Index >= len(f.Indicators) {
		return nil, ErrNoSuchTarget
	}
	if c.Drop {
		f.Indicators = append(f.Indicators[:c.Index], f.Indicators[c.Index+1:]...)
		return check(f)
	}
	old := f.Indicators[c.Index]
	t := TargetOf(old)
	if c.Bound != "" {
		t.Measure, t.Bound, t.Value, t.Min, t.Max, t.Unit = c.Measure, c.Bound, c.Value, c.Min, c.Max, strings.TrimSpace(c.Unit)
		if t.Bound == Qualitative {
			t.Measure, t.Value, t.Min, t.Max, t.Unit = "", 0, 0, 0, ""
		}
	}
	if err := checkTarget(t); err != nil {
		return nil, err
	}
	if n := strings.TrimSpace(c.Name); n != "" {
		t.Indicator = n
	}
	in := indicator(t, old.Quote, map[string]int{})
	in.ID, in.Corrected = old.ID, true
	switch en := strings.TrimSpace(c.NameEN); {
	case en != "":
		in.Name.EN, in.Untranslated = cut(en, data.MaxNameLen), false
	case t.Indicator == old.Name.ZH && !old.Untranslated:
		in.Name.EN, in.Untranslated = old.Name.EN, false // a name the reader gave before
	}
	f.Indicators[c.Index] = in
	return check(f)
}

// TargetOf is the target an indicator of a v2 file states (its Chinese
// name as the indicator).
func TargetOf(in data.IndicatorV2) Target {
	t := Target{Indicator: in.Name.ZH, Measure: Measure(in.Measure), Bound: Bound(in.Bound), Unit: in.Unit}
	num := func(f *data.Figure) float64 {
		if f == nil {
			return 0
		}
		return float64(*f)
	}
	t.Value, t.Min, t.Max = num(in.Value), num(in.Min), num(in.Max)
	return t
}

// checkTarget says what is wrong with the numbers of a corrected target.
func checkTarget(t Target) error {
	switch t.Measure {
	case "", Growth, Level, Change, Reduction:
	default:
		return errors.New("reading: correction: measure " + strconv.Quote(string(t.Measure)) + " is not growth, level, change or reduction")
	}
	switch {
	case t.Bound == Qualitative:
		return nil
	case t.Bound != AtLeast && t.Bound != AtMost && t.Bound != About && t.Bound != Exact && t.Bound != Range:
		return errors.New("reading: correction: bound " + strconv.Quote(string(t.Bound)) + " is not atLeast, atMost, about, exact, range or qualitative")
	case t.Measure == "":
		return errors.New("reading: correction: measure: a target with a number needs one")
	case t.Unit == "":
		return errors.New("reading: correction: unit: a target with a number needs one")
	case t.Bound == Range && !(t.Min < t.Max):
		return errors.New("reading: correction: min, max: want min below max")
	}
	return nil
}

// check writes f and reads it back as the page will.
func check(f data.FileV2) ([]byte, error) {
	b, err := f.Marshal()
	if err != nil {
		return nil, err
	}
	if _, err := data.Parse(b); err != nil {
		return nil, err
	}
	return b, nil
}
