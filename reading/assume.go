package reading

import (
	"math"

	"xigong/data"
)

// The numbers below are this tool's, not a report's: a page says so.

// Tolerance is the band of an "about" target: half a point for a rate or a
// change in points, 5% of an amount (a slider's step at least).
func Tolerance(t Target) float64 {
	if t.Unit == "%" || t.Unit == "‰" || t.Measure == Change {
		return 0.5
	}
	return math.Max(round(math.Abs(t.Value)*0.05, Step(t.Value)), Step(t.Value)) // a step at least, for "about 0"
}

// Slider is a slider's range and step for a target: from 0 (or below, for
// a growth rate, a cut or a change) to twice the target, rounded up.
func Slider(t Target) (min, max, step float64) {
	v := t.Value
	if t.Bound == Range {
		v = t.Max
	}
	step = Step(v)
	max = math.Max(10, math.Ceil(math.Abs(v)*2/5)*5)
	if t.Unit != "%" && t.Unit != "‰" {
		max = round(math.Abs(v)*2, step)
	}
	// Twice a value past half the largest float is +Inf, which a file
	// cannot hold: such an amount is listed, not charted (package data),
	// but its slider is still written.
	max = math.Min(max, math.MaxFloat64)
	if t.Measure == Level && t.Unit == "%" && v <= 100 {
		max = math.Min(max, 100) // a rate or a share
	}
	if t.Measure == Growth || t.Measure == Reduction || t.Measure == Change {
		min = -math.Min(10, max/2)
	}
	if lo := math.Min(t.Value, t.Min); t.Bound == Range && lo < min || t.Bound != Range && t.Value < min {
		min = -max // a negative level, or a range that starts below the usual
	}
	if max <= min {
		max = min + 10*step // a target of 0
	}
	return min, max, step
}

// Step is a slider's step for a value: 0.1 for a rate, about a hundredth
// of an amount.
func Step(v float64) float64 {
	if math.Abs(v) < 100 {
		return 0.1
	}
	return math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-2)
}

// round rounds x to a multiple of step, with no float noise (2.4, not
// 2.4000000000000004): a step under 1 divides by its inverse, a whole one.
func round(x, step float64) float64 {
	if step < 1 {
		return math.Round(x/step) / math.Round(1/step)
	}
	return math.Round(x/step) * step
}

// ID makes an indicator id from an English name: "Gross regional product"
// → "gross-regional-product"; "" (no English name) gives "target"; a name
// that is a chart's id, or starts with a digit, is prefixed "t-".
func ID(en string) string {
	s := data.Slug(en, 29) // room for "-99" in an id of at most 32
	if s == "" {
		return "target"
	}
	if s[0] < 'a' || s[0] > 'z' || data.Reserved(s) {
		s = "t-" + s
	}
	return s
}
