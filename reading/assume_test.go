package reading

import (
	"math"
	"testing"
)

func TestSliderStaysFinite(t *testing.T) {
	for _, tc := range []struct {
		name string
		t    Target
	}{
		{"amount near the largest float", Target{Measure: Level, Bound: Exact, Value: 1e308}},
		{"negative amount near the largest float", Target{Measure: Level, Bound: AtMost, Value: -1e308}},
		{"growth rate near the largest float", Target{Measure: Growth, Bound: AtLeast, Value: 1e308, Unit: "%"}},
		{"range up to the largest float", Target{Measure: Level, Bound: Range, Min: 1, Max: math.MaxFloat64}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			min, max, step := Slider(tc.t)
			for _, x := range []float64{min, max, step} {
				if math.IsInf(x, 0) || math.IsNaN(x) {
					t.Fatalf("Slider(%+v) = %g, %g, %g; want finite numbers", tc.t, min, max, step)
				}
			}
			if min >= max {
				t.Fatalf("Slider(%+v): min %g, max %g; want min < max", tc.t, min, max)
			}
		})
	}
}
