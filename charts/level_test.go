package charts

import (
	"strings"
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

// TestLevelsChart: levels of one unit share a chart of rows, a chart a
// unit, each labelled as its line on a chart of its own would be; a level
// alone in its unit, or far from the others' size, keeps its own chart.
func TestLevelsChart(t *testing.T) {
	span := data.Span{Min: 0, Max: 10, Step: 0.1}
	g := data.Indicator{ID: "g", Name: data.Text{ZH: "甲", EN: "A"}, Bound: data.AtLeast, Value: 6, Unit: "%", Scenario: span}
	c := data.Indicator{ID: "c", Name: data.Text{ZH: "乙", EN: "B"}, Bound: data.Cap, Value: 4.5, Unit: "%", Scenario: span}
	f := data.Indicator{ID: "f", Name: data.Text{ZH: "丙", EN: "C"}, Bound: data.Floor, Value: 6, Unit: "%", Scenario: span}
	p := data.Indicator{ID: "p", Name: data.Text{ZH: "丁", EN: "D"}, Bound: data.Cap, Value: 6.7, Unit: "‰", Scenario: span}
	amount := func(id string, v float64) data.Indicator {
		return data.Indicator{ID: id, Name: data.Text{ZH: id, EN: id}, Bound: data.Floor, Value: v, Unit: "万人", Scenario: data.Span{Min: 0, Max: 2 * v, Step: 1}}
	}
	tests := []struct {
		name   string
		in     []data.Indicator
		ids    string
		shows  string // the chart of each indicator
		rows   int    // of the levels' chart
		title  string // of the levels' chart
		labels string // of its target bars
	}{
		{"two in % together", []data.Indicator{g, c, f, p}, "growth levels p", "growth levels levels p", 2, "水平目标（%）：目标与情景", "上限 4.5%|下限 6%"},
		{"one in % alone", []data.Indicator{g, c, p}, "growth c p", "growth c p", 0, "", ""},
		{"no growth target", []data.Indicator{c, f}, "levels", "levels levels", 2, "水平目标（%）：目标与情景", "上限 4.5%|下限 6%"},
		{"a chart a unit", []data.Indicator{amount("a1", 100), c, amount("a2", 300), f, p}, "levels levels-2 p", "levels levels-2 levels levels-2 p", 2,
			"水平目标（万人）：目标与情景", "下限 100 万人|下限 300 万人"},
		{"amounts too far apart", []data.Indicator{amount("a1", 10), amount("a2", 300), c, f}, "levels a1 a2", "a1 a2 levels levels", 2, "水平目标（%）：目标与情景", "上限 4.5%|下限 6%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := &data.Targets{Indicators: tt.in}
			if got := strings.Join(IDs(ts), " "); got != tt.ids {
				t.Errorf("IDs = %q; want %q", got, tt.ids)
			}
			var shows []string
			for i := range tt.in {
				shows = append(shows, Shows(ts, i)[0])
			}
			if got := strings.Join(shows, " "); got != tt.shows {
				t.Errorf("Shows = %q; want %q", got, tt.shows)
			}
			if got := Rows(ts, LevelsID); got != tt.rows {
				t.Errorf("Rows(levels) = %d; want %d", got, tt.rows)
			}
			if got := Title(ts, LevelsID, "zh"); got != tt.title {
				t.Errorf("Title(levels) = %q; want %q", got, tt.title)
			}
			s := NewScene(ts, model.Evaluate(ts, model.AtTargets(ts)), "zh")
			var labels []string
			for _, it := range s.targetItems(s.rows(LevelsID)) {
				labels = append(labels, it.Label.Formatter)
			}
			if got := strings.Join(labels, "|"); got != tt.labels {
				t.Errorf("target labels = %q; want %q", got, tt.labels)
			}
		})
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
	items := s.targetItems(s.growth)
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

// TestNameLines: how many lines a name takes above its bars in the narrow
// layout, broken at its line breaks and between words.
func TestNameLines(t *testing.T) {
	for _, tt := range []struct {
		name string
		want int
	}{
		{"地区生产总值", 1},
		{"Gross regional product", 1},
		{"Energy use per 10,000 yuan of GDP\n(cut)", 2},
		{"Energy use per unit of gross regional product\n(cut)", 3},
		{"城镇常住居民人均可支配收入城镇常住居民人均可支配收入城镇常住居民人均可支配收入", 2}, // 39 characters, 468 px
	} {
		if got := nameLines(tt.name, NarrowNameWidth); got != tt.want {
			t.Errorf("nameLines(%q) = %d; want %d", tt.name, got, tt.want)
		}
	}
}

// TestRowsHeight: a chart of rows is as tall in the narrow layout as its
// longest name needs, in either language: 12 px a row for each line beyond
// two.
func TestRowsHeight(t *testing.T) {
	in := func(zh, en string) data.Indicator {
		return data.Indicator{ID: en[:3], Name: data.Text{ZH: zh, EN: en}, Bound: data.ReductionAbout, Value: 2, Tolerance: 0.5, Unit: "%", Scenario: data.Span{Min: -5, Max: 10, Step: 0.1}}
	}
	short := &data.Targets{Indicators: []data.Indicator{in("能耗", "Energy"), in("排放", "Emissions")}}
	long := &data.Targets{Indicators: []data.Indicator{in("能耗", "Energy use per unit of gross regional product"), in("排放", "Emissions")}}
	if got, want := RowsHeight(short, GrowthID, true), GrowthHeight(2, true); got != want {
		t.Errorf("RowsHeight(short names, narrow) = %d; want GrowthHeight's %d", got, want)
	}
	if got, want := RowsHeight(long, GrowthID, true), max(240, int(GrowthTopNarrow+GrowthBottomNarrow+2*(GrowthPitch.Narrow+12))); got != want {
		t.Errorf("RowsHeight(a name of three lines, narrow) = %d; want %d", got, want)
	}
	if got, want := RowsHeight(long, GrowthID, false), GrowthHeight(2, false); got != want {
		t.Errorf("RowsHeight(wide) = %d; want GrowthHeight's %d", got, want)
	}
}
