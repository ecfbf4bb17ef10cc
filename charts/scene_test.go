package charts

import (
	"slices"
	"testing"

	"xigong/internal/fixture"
	"xigong/model"
)

// TestProjectionEndLabels checks that the end labels of the two computed
// indices move apart, the higher up, on each side, whichever is higher.
func TestProjectionEndLabels(t *testing.T) {
	tests := []struct {
		name        string
		change      map[string]float64
		noEnergy    bool
		wantGDP     float64 // the vertical offset of GDP's scenario label
		wantEnergy  float64 // and of total energy use's
		wantTargets [2]float64
	}{
		{"GDP higher", nil, false, -endLabelShift, endLabelShift, [2]float64{-endLabelShift, endLabelShift}},
		{"energy use higher", map[string]float64{"energy": -3}, false, endLabelShift, -endLabelShift, [2]float64{-endLabelShift, endLabelShift}},
		{"equal: GDP up", map[string]float64{"energy": 0}, false, -endLabelShift, endLabelShift, [2]float64{-endLabelShift, endLabelShift}},
		{"GDP alone", nil, true, 0, 0, [2]float64{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, _ := fixture.Evaluate(t, nil)
			if tt.noEnergy {
				ts.Projection.EnergyIntensity = ""
			}
			s := model.AtTargets(ts)
			for id, x := range tt.change {
				s[ts.Index(id)] = x
			}
			sc := NewScene(ts, model.Evaluate(ts, s), "zh")
			shift := func(p Projected, scenario bool) float64 {
				l := sc.projectionLine(p, scenario)[1].Label
				if len(l.Offset) == 0 {
					return 0
				}
				return l.Offset[1]
			}
			ps := sc.Projections()
			got := []float64{shift(ps[0], true), shift(ps[0], false)}
			want := []float64{tt.wantGDP, tt.wantTargets[0]}
			if len(ps) > 1 {
				got = append(got, shift(ps[1], true), shift(ps[1], false))
				want = append(want, tt.wantEnergy, tt.wantTargets[1])
			}
			if !slices.Equal(got, want) {
				t.Errorf("end label offsets (GDP scenario, target; energy scenario, target) = %v; want %v", got, want)
			}
		})
	}
}
