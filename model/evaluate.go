package model

import (
	"math"

	"xigong/data"
)

// Verdict is how one indicator fares in a scenario.
type Verdict struct {
	// Value is the scenario value, snapped to the slider's range and step.
	Value float64
	// Met reports whether the target is met.
	Met bool
	// Miss says which way a missed target is missed; None when met.
	Miss Miss
	// Margin is the room to spare (positive) or by how much the target is
	// missed (negative), in points of the indicator's unit: percentage
	// points, or ‰ points.
	Margin float64
}

// Miss says which way a target is missed.
type Miss int

// The ways of missing a target.
const (
	None      Miss = iota // met
	Short                 // below a floor: a growth rate or a cut too small
	OverCap               // above a cap
	BelowBand             // below an "about" band
	AboveBand             // above an "about" band
)

// Result is a scenario evaluated against all targets.
type Result struct {
	Verdicts   []Verdict
	Met        int
	Projection Projection
}

// Judge says whether a scenario value x meets the target, and by how much.
func Judge(in data.Indicator, x float64) Verdict {
	var margin float64
	switch {
	case in.Bound == data.Cap:
		margin = in.Value - x
	case in.IsBand():
		margin = math.Min(x-in.Lo(), in.Hi()-x)
	default: // Growth, AtLeast, Reduction, Floor: at or above the value
		margin = x - in.Value
	}
	margin = round(margin)
	v := Verdict{Value: x, Met: margin >= 0, Margin: margin}
	switch {
	case v.Met:
	case in.Bound == data.Cap:
		v.Miss = OverCap
	case in.IsBand() && x > in.Hi():
		v.Miss = AboveBand
	case in.IsBand():
		v.Miss = BelowBand
	default:
		v.Miss = Short
	}
	return v
}

// Evaluate snaps each scenario value and judges it. A scenario shorter than
// the targets takes the target values for the missing indicators.
func Evaluate(t *data.Targets, s Scenario) Result {
	r := Result{Verdicts: make([]Verdict, len(t.Indicators))}
	for i, in := range t.Indicators {
		x := in.Value
		if i < len(s) {
			x = Snap(in, s[i])
		}
		r.Verdicts[i] = Judge(in, x)
		if r.Verdicts[i].Met {
			r.Met++
		}
	}
	r.Projection = project(t, r.Verdicts)
	return r
}
