package model

import (
	"math"
	"testing"

	"xigong/data"
)

func seed(t *testing.T) *data.Targets {
	t.Helper()
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func TestJudge(t *testing.T) {
	ts := seed(t)
	byID := func(id string) data.Indicator { return ts.Indicators[ts.Index(id)] }
	tests := []struct {
		name       string
		id         string
		x          float64
		wantMet    bool
		wantMargin float64
		wantMiss   Miss
	}{
		{"growth at target", "gdp", 10.5, true, 0, None},
		{"growth above", "gdp", 11.2, true, 0.7, None},
		{"growth below", "gdp", 9, false, -1.5, Short},
		{"at least at target", "revenue", 11, true, 0, None},
		{"at least below", "revenue", 10.9, false, -0.1, Short},
		{"about at target", "income", 10, true, 0.5, None},
		{"about at upper edge", "income", 10.5, true, 0, None},
		{"about at lower edge", "income", 9.5, true, 0, None},
		{"about above tolerance", "income", 10.6, false, -0.1, AboveBand},
		{"about below tolerance", "income", 9, false, -0.5, BelowBand},
		{"reduction at target", "energy", 2, true, 0, None},
		{"reduction larger", "energy", 3.5, true, 1.5, None},
		{"reduction smaller", "energy", 1, false, -1, Short},
		{"energy use rises", "energy", -1, false, -3, Short},
		{"cap at limit", "unemployment", 4.5, true, 0, None},
		{"cap under", "unemployment", 3.9, true, 0.6, None},
		{"cap over", "unemployment", 4.6, false, -0.1, OverCap},
		{"per mille cap over", "population", 7, false, -0.3, OverCap},
		{"per mille cap negative growth", "population", -1, true, 7.7, None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Judge(byID(tt.id), tt.x)
			want := Verdict{Value: tt.x, Met: tt.wantMet, Miss: tt.wantMiss, Margin: tt.wantMargin}
			if got != want {
				t.Errorf("Judge(%s, %g) = %+v; want %+v", tt.id, tt.x, got, want)
			}
		})
	}
}

// TestJudgeLevels: a floor is met at or above its value, a band within its
// tolerance either side, a range between its ends, a cut of about X within
// its tolerance.
func TestJudgeLevels(t *testing.T) {
	floor := data.Indicator{Bound: data.Floor, Value: 35, Unit: "%"}
	band := data.Indicator{Bound: data.Band, Value: 5.5, Tolerance: 0.5, Unit: "%"}
	between := data.Indicator{Bound: data.Range, Value: 6, Max: 6.5, Unit: "%"}
	cut := data.Indicator{Bound: data.ReductionAbout, Value: 2.5, Tolerance: 0.5, Unit: "%"}
	tests := []struct {
		name string
		in   data.Indicator
		x    float64
		want Verdict
	}{
		{"floor at", floor, 35, Verdict{Value: 35, Met: true}},
		{"floor above", floor, 36, Verdict{Value: 36, Met: true, Margin: 1}},
		{"floor below", floor, 34, Verdict{Value: 34, Miss: Short, Margin: -1}},
		{"band inside", band, 5.2, Verdict{Value: 5.2, Met: true, Margin: 0.2}},
		{"band above", band, 6.2, Verdict{Value: 6.2, Miss: AboveBand, Margin: -0.2}},
		{"band below", band, 4.8, Verdict{Value: 4.8, Miss: BelowBand, Margin: -0.2}},
		{"range at the lower end", between, 6, Verdict{Value: 6, Met: true}},
		{"range inside", between, 6.4, Verdict{Value: 6.4, Met: true, Margin: 0.1}},
		{"range above", between, 7, Verdict{Value: 7, Miss: AboveBand, Margin: -0.5}},
		{"range below", between, 5.8, Verdict{Value: 5.8, Miss: BelowBand, Margin: -0.2}},
		{"cut about inside", cut, 2.2, Verdict{Value: 2.2, Met: true, Margin: 0.2}},
		{"cut about too small", cut, 1.5, Verdict{Value: 1.5, Miss: BelowBand, Margin: -0.5}},
		{"cut about too large", cut, 3.5, Verdict{Value: 3.5, Miss: AboveBand, Margin: -0.5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Judge(tt.in, tt.x); got != tt.want {
				t.Errorf("Judge(%s %g, %g) = %+v; want %+v", tt.in.Bound, tt.in.Value, tt.x, got, tt.want)
			}
		})
	}
}

func TestSnap(t *testing.T) {
	ts := seed(t)
	gdp := ts.Indicators[0] // range 0..20 step 0.1
	tests := []struct {
		name string
		x    float64
		want float64
	}{
		{"on grid", 10.5, 10.5},
		{"float noise", 10.499999999, 10.5},
		{"between steps", 9.04, 9},
		{"below range", -3, 0},
		{"above range", 99, 20},
		{"NaN is the target", math.NaN(), 10.5},
		{"minus infinity", math.Inf(-1), 0},
		{"plus infinity", math.Inf(1), 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Snap(gdp, tt.x); got != tt.want {
				t.Errorf("Snap(gdp, %g) = %g; want %g", tt.x, got, tt.want)
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	ts := seed(t)
	tests := []struct {
		name     string
		change   map[string]float64
		wantMet  int
		wantGDP  Pair
		wantEngy Pair
	}{
		{"targets", nil, 10, Pair{110.5, 110.5}, Pair{108.29, 108.29}},
		{"slower GDP", map[string]float64{"gdp": 9}, 9, Pair{110.5, 109}, Pair{108.29, 106.82}},
		{"high unemployment and no energy cut", map[string]float64{"unemployment": 4.6, "energy": 0}, 8, Pair{110.5, 110.5}, Pair{108.29, 110.5}},
		{"all growth above by a lot", map[string]float64{"gdp": 20, "income": 20}, 9, Pair{110.5, 120}, Pair{108.29, 117.6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := AtTargets(ts)
			for id, x := range tt.change {
				s[ts.Index(id)] = x
			}
			r := Evaluate(ts, s)
			if r.Met != tt.wantMet {
				t.Errorf("Met = %d; want %d", r.Met, tt.wantMet)
			}
			p := r.Projection
			if !p.HasGDP || !p.HasEnergy || p.GDP != tt.wantGDP || p.Energy != tt.wantEngy {
				t.Errorf("Projection = %+v; want GDP %v, Energy %v", p, tt.wantGDP, tt.wantEngy)
			}
		})
	}
}

func TestEvaluateShortScenarioAndNoProjection(t *testing.T) {
	ts := seed(t)
	ts.Projection = data.Projection{}
	r := Evaluate(ts, Scenario{9})
	if r.Met != 9 || r.Verdicts[0].Met || !r.Verdicts[9].Met {
		t.Errorf("Evaluate(short) Met = %d; want 9 with gdp missed", r.Met)
	}
	if r.Projection.HasGDP || r.Projection.HasEnergy {
		t.Errorf("Projection = %+v; want none without projection ids", r.Projection)
	}
}
