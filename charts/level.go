package charts

import (
	"math"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/tmpl"
)

// levelFill is the chart of a level of indicator i (a cap, a floor or a
// band): one bar, the scenario, against a line at the target and a shaded
// area: beyond a cap, below a floor, or the band itself (see fill).
func (s Scene) levelFill(i int, whole bool) obj {
	sub, desc := s.levelTexts(i)
	o := titled(whole, s.levelTitle(i), sub, desc)
	scenario := obj{"id": ScenarioSeries, "data": s.levelScenario(i)}
	o["series"] = []any{scenario}
	if !whole {
		return o
	}
	in := s.targets.Indicators[i]
	x := obj{"min": math.Min(0, in.Scenario.Min), "max": in.Scenario.Max, "axisLabel": obj{"formatter": "{value}" + in.Unit}}
	if in.Unit != "%" && in.Unit != "‰" {
		// An amount's unit ("万亿斤") once, under the axis, not after every
		// label, where the labels would run into each other.
		x = obj{"min": x["min"], "max": x["max"], "name": in.Unit, "nameLocation": "middle", "nameGap": 24}
	}
	o["grid"] = []any{levelGrid(in)}
	o["xAxis"] = []any{x}
	o["yAxis"] = []any{obj{"data": []string{s.msgs.Scenario}}}
	scenario["name"] = s.msgs.Scenario
	scenario["markLine"] = obj{"data": []any{s.levelMark(i)}}
	scenario["markArea"] = obj{"data": []any{s.levelArea(i)}}
	return o
}

// LevelRight is the room, in px, right of a level chart's grid that the
// layout keeps (charts/skeleton); levelGrid widens it for the scenario's
// label at the slider's end.
const LevelRight = 32

// levelGrid is what a level chart's grid takes from its indicator: room on
// the right for the scenario's label at the end of the slider's range
// ("✓ 340 万人" at the bar's end, past the plot), and under the axis for
// the axis's name, an amount's unit, which the grid's containLabel leaves
// out (on paper it crossed the chart's edge).
func levelGrid(in data.Indicator) obj {
	widest := "✓ " + i18n.Value(in.Scenario.Max, i18n.Decimals(in.Scenario.Step), in.Unit)
	g := obj{"right": max(LevelRight, textWidth(widest)+8)}
	if in.Unit != "%" && in.Unit != "‰" {
		g["bottom"] = 40
	}
	return g
}

// levelTitle is "城镇登记失业率：上限 4.5%" (a floor's "下限 35%", a band's
// "5.5% 左右").
func (s Scene) levelTitle(i int) string {
	in := s.targets.Indicators[i]
	return tmpl.Fill(byLevel(in.Bound, s.msgs.CapTitle, s.msgs.FloorTitle, s.msgs.BandTitle), in.Name.In(s.msgs.Lang), i18n.Value(in.Value, -1, in.Unit))
}

// levelLine labels the line drawn at the target: "上限 4.5%", "下限 35%",
// "目标 5.5%".
func (s Scene) levelLine(i int) string {
	in := s.targets.Indicators[i]
	return tmpl.Fill(byLevel(in.Bound, s.msgs.CapLine, s.msgs.FloorLine, s.msgs.BandLine), i18n.Value(in.Value, -1, in.Unit))
}

// byLevel picks the text of a level's kind: a cap's, a floor's or a band's.
func byLevel(b data.Bound, cap, floor, band string) string {
	switch b {
	case data.Floor:
		return floor
	case data.Band:
		return band
	}
	return cap
}

// LineMark is the line drawn at a level chart's target, as ECharts markLine data.
//
//jsongen:encode
type LineMark struct {
	Name  string  `json:"name"`
	XAxis float64 `json:"xAxis"`
	Label Label   `json:"label"`
}

// levelMark is the line at indicator i's target.
func (s Scene) levelMark(i int) LineMark {
	line := s.levelLine(i)
	return LineMark{Name: line, XAxis: s.targets.Indicators[i].Value, Label: Label{Show: true, Position: "end", Formatter: line, Color: ColorLine}}
}

// AreaEdge is one edge of a marked area along the x axis.
//
//jsongen:encode
type AreaEdge struct {
	Name      string     `json:"name,omitempty"`
	XAxis     float64    `json:"xAxis"`
	ItemStyle *ItemStyle `json:"itemStyle,omitempty"` // the area's, on its first edge: a band's
	Label     *Label     `json:"label,omitempty"`
}

// Area is one marked area: its two edges.
//
//jsongen:encode
type Area []AreaEdge

// levelArea is the area of indicator i's level chart, as ECharts markArea
// data: beyond a cap, below a floor, or a band's ±tolerance.
func (s Scene) levelArea(i int) Area {
	in := s.targets.Indicators[i]
	switch in.Bound {
	case data.Floor:
		return Area{{Name: s.msgs.BelowFloor, XAxis: math.Min(0, in.Scenario.Min)}, {XAxis: in.Value}}
	case data.Band:
		// The band is where the target is met: tinted as met, not missed.
		return Area{{Name: s.msgs.TargetBand, XAxis: in.Value - in.Tolerance, ItemStyle: &ItemStyle{Color: "rgba(0,114,178,0.10)"},
			Label: &Label{Show: true, Position: "insideTop", Formatter: s.msgs.TargetBand, Color: ColorMet}}, {XAxis: in.Value + in.Tolerance}}
	}
	return Area{{Name: s.msgs.OverCap, XAxis: in.Value}, {XAxis: in.Scenario.Max}}
}

// levelScenario is the bar of a level chart.
func (s Scene) levelScenario(i int) Items { return Items{s.textsOf(i).item} }

// levelTexts are the subtitle (the verdict and margin) and the aria
// description of a level chart.
func (s Scene) levelTexts(i int) (sub, desc string) {
	sub = s.msgs.Scenario + " " + s.scenarioValue(i) + " · " + s.verdictLine(i)
	return sub, s.targets.Indicators[i].Name.In(s.msgs.Lang) + s.msgs.Stop + s.kind(i) + s.msgs.Stop + sub + s.msgs.Stop
}
