package model

import (
	"math"

	"xigong/data"
)

// Scenario holds one value per indicator, in the order of
// data.Targets.Indicators, in the indicator's unit.
type Scenario []float64

// AtTargets returns the scenario in which every indicator is at its target.
func AtTargets(t *data.Targets) Scenario {
	s := make(Scenario, len(t.Indicators))
	for i, in := range t.Indicators {
		s[i] = in.Value
	}
	return s
}

// Snap returns x clamped to the indicator's scenario range and rounded to its
// step; NaN becomes the target value.
func Snap(in data.Indicator, x float64) float64 {
	r := in.Scenario
	if math.IsNaN(x) {
		return in.Value
	}
	x = math.Max(r.Min, math.Min(r.Max, x))
	x = r.Min + math.Round((x-r.Min)/r.Step)*r.Step
	return round(math.Min(x, r.Max))
}

// round removes the float noise of step arithmetic (10.5 - 0.1*k).
func round(x float64) float64 { return math.Round(x*1e9) / 1e9 }
