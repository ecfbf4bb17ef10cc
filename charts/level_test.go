package charts

import (
	"testing"

	"xigong/data"
	"xigong/model"
)

// TestLevels: a cap, a floor and a band each get their title, their line
// and their area (beyond the cap, below the floor, the band itself).
func TestLevels(t *testing.T) {
	ts := &data.Targets{Indicators: []data.Indicator{
		{ID: "c", Name: data.Text{ZH: "甲", EN: "A"}, Bound: data.Cap, Value: 4.5, Unit: "%", Scenario: data.Span{Min: 0, Max: 10, Step: 0.1}},
		{ID: "f", Name: data.Text{ZH: "乙", EN: "B"}, Bound: data.Floor, Value: 1200, Unit: "万人", Scenario: data.Span{Min: 0, Max: 2400, Step: 10}},
		{ID: "b", Name: data.Text{ZH: "丙", EN: "C"}, Bound: data.Band, Value: 5.5, Tolerance: 0.5, Unit: "%", Scenario: data.Span{Min: 0, Max: 15, Step: 0.1}},
	}}
	s := NewScene(ts, model.Evaluate(ts, model.AtTargets(ts)), "zh")
	tests := []struct {
		i                 int
		title, line, area string
		from, to          float64
	}{
		{0, "甲：上限 4.5%", "上限 4.5%", "超出上限", 4.5, 10},
		{1, "乙：下限 1200 万人", "下限 1200 万人", "低于下限", 0, 1200},
		{2, "丙：5.5% 左右", "目标 5.5%", "目标区间", 5, 6},
	}
	for _, tt := range tests {
		a := s.levelArea(tt.i)
		if got := s.levelTitle(tt.i); got != tt.title {
			t.Errorf("CapTitle(%d) = %q; want %q", tt.i, got, tt.title)
		}
		if got := s.levelLine(tt.i); got != tt.line {
			t.Errorf("CapLine(%d) = %q; want %q", tt.i, got, tt.line)
		}
		if a[0].Name != tt.area || a[0].XAxis != tt.from || a[1].XAxis != tt.to {
			t.Errorf("LevelArea(%d) = %+v; want %q from %g to %g", tt.i, a, tt.area, tt.from, tt.to)
		}
	}
	if got := Shows(ts, 1); len(got) != 1 || got[0] != "f" {
		t.Errorf("Shows(floor) = %v; want its own chart", got)
	}
}

// TestRangeBar: a range's target bar reaches its upper end, solid to its
// lower end and pale between them, and its label names both ends; a cut
// of about X says so.
func TestRangeBar(t *testing.T) {
	ts := &data.Targets{Indicators: []data.Indicator{
		{ID: "r", Name: data.Text{ZH: "甲", EN: "A"}, Bound: data.Range, Value: 6, Max: 6.5, Unit: "%", Scenario: data.Span{Min: -5, Max: 15, Step: 0.1}},
		{ID: "c", Name: data.Text{ZH: "乙", EN: "B"}, Bound: data.ReductionAbout, Value: 2.5, Tolerance: 0.5, Unit: "%", Scenario: data.Span{Min: -5, Max: 10, Step: 0.1}},
	}}
	s := NewScene(ts, model.Evaluate(ts, model.AtTargets(ts)), "zh")
	items := s.targetItems()
	g, ok := items[0].ItemStyle.Color.(*Gradient)
	if items[0].Value != 6.5 || !ok || len(g.ColorStops) != 4 || g.ColorStops[1].Offset != 6/6.5 ||
		g.ColorStops[1].Color != ColorTarget || g.ColorStops[2].Color != ColorRange {
		t.Errorf("the range's bar = %v, %+v; want 6.5, solid to 6/6.5 then pale", items[0].Value, items[0].ItemStyle.Color)
	}
	if got := items[0].Label.Formatter; got != "目标 6–6.5%" {
		t.Errorf("the range's label = %q; want 目标 6–6.5%%", got)
	}
	if got := items[1].Label.Formatter; got != "目标 ≈2.5% ±0.5" {
		t.Errorf("the cut's label = %q", got)
	}
	if got := s.axisName(1); got != "乙\n（降幅）" {
		t.Errorf("the cut's axis name = %q; want it said a cut", got)
	}
}

// TestAmountAxis: an amount's unit stands once under its axis; a rate's
// follows each label.
func TestAmountAxis(t *testing.T) {
	ts := &data.Targets{Indicators: []data.Indicator{
		{ID: "f", Name: data.Text{ZH: "乙", EN: "B"}, Bound: data.Floor, Value: 1200, Unit: "万人", Scenario: data.Span{Min: 0, Max: 2400, Step: 10}},
		{ID: "c", Name: data.Text{ZH: "甲", EN: "A"}, Bound: data.Cap, Value: 4.5, Unit: "%", Scenario: data.Span{Min: 0, Max: 10, Step: 0.1}},
	}}
	s := NewScene(ts, model.Evaluate(ts, model.AtTargets(ts)), "zh")
	amount := s.levelFill(0, true)["xAxis"].([]any)[0].(obj)
	if amount["name"] != "万人" || amount["axisLabel"] != nil {
		t.Errorf("an amount's axis = %v; want the unit as its name and plain labels", amount)
	}
	rate := s.levelFill(1, true)["xAxis"].([]any)[0].(obj)
	if rate["name"] != nil || rate["axisLabel"].(obj)["formatter"] != "{value}%" {
		t.Errorf("a rate's axis = %v; want %% after each label", rate)
	}
}
