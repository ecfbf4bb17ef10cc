package charts

import (
	"math"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/tmpl"
)

// capFill is the chart of a level of indicator i (a cap, a floor or a
// band): one bar, the scenario, against a line at the target and a shaded
// area: beyond a cap, below a floor, or the band itself (see fill).
func (s Scene) capFill(i int, whole bool) obj {
	sub, desc := s.CapTexts(i)
	o := texts(whole, s.CapTitle(i), sub, desc)
	scenario := obj{"id": ScenarioSeries, "data": s.CapScenario(i)}
	o["series"] = []any{scenario}
	if !whole {
		return o
	}
	in := s.T.Indicators[i]
	x := obj{"min": math.Min(0, in.Scenario.Min), "max": in.Scenario.Max, "axisLabel": obj{"formatter": "{value}" + in.Unit}}
	if in.Unit != "%" && in.Unit != "‰" {
		// An amount's unit ("万亿斤") once, under the axis, not after every
		// label, where the labels would run into each other.
		x = obj{"min": x["min"], "max": x["max"], "name": in.Unit, "nameLocation": "middle", "nameGap": 24}
	}
	o["xAxis"] = []any{x}
	o["yAxis"] = []any{obj{"data": []string{s.M.Scenario}}}
	scenario["name"] = s.M.Scenario
	scenario["markLine"] = obj{"data": []any{s.CapMark(i)}}
	scenario["markArea"] = obj{"data": []any{s.LevelArea(i)}}
	return o
}

// CapTitle is "城镇登记失业率：上限 4.5%" (a floor's "下限 35%", a band's
// "5.5% 左右").
func (s Scene) CapTitle(i int) string {
	in := s.T.Indicators[i]
	return tmpl.Fill(byLevel(in.Bound, s.M.CapTitle, s.M.FloorTitle, s.M.BandTitle), in.Name.In(s.M.Lang), i18n.Value(in.Value, -1, in.Unit))
}

// CapLine labels the line drawn at the target: "上限 4.5%", "下限 35%",
// "目标 5.5%".
func (s Scene) CapLine(i int) string {
	in := s.T.Indicators[i]
	return tmpl.Fill(byLevel(in.Bound, s.M.CapLine, s.M.FloorLine, s.M.BandLine), i18n.Value(in.Value, -1, in.Unit))
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

// CapMark is the line drawn at the cap, as ECharts markLine data.
//
//jsongen:encode
type CapMark struct {
	Name  string  `json:"name"`
	XAxis float64 `json:"xAxis"`
	Label Label   `json:"label"`
}

// CapMark is the line of indicator i's cap.
func (s Scene) CapMark(i int) CapMark {
	line := s.CapLine(i)
	return CapMark{Name: line, XAxis: s.T.Indicators[i].Value, Label: Label{Show: true, Position: "end", Formatter: line, Color: ColorLine}}
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

// LevelArea is the area of indicator i's level chart, as ECharts markArea
// data: beyond a cap, below a floor, or a band's ±tolerance.
func (s Scene) LevelArea(i int) Area {
	in := s.T.Indicators[i]
	switch in.Bound {
	case data.Floor:
		return Area{{Name: s.M.BelowFloor, XAxis: math.Min(0, in.Scenario.Min)}, {XAxis: in.Value}}
	case data.Band:
		// The band is where the target is met: tinted as met, not missed.
		return Area{{Name: s.M.TargetBand, XAxis: in.Value - in.Tolerance, ItemStyle: &ItemStyle{Color: "rgba(0,114,178,0.10)"},
			Label: &Label{Show: true, Position: "insideTop", Formatter: s.M.TargetBand, Color: ColorMet}}, {XAxis: in.Value + in.Tolerance}}
	}
	return Area{{Name: s.M.OverCap, XAxis: in.Value}, {XAxis: in.Scenario.Max}}
}

// CapScenario is the bar of a cap chart.
func (s Scene) CapScenario(i int) Items { return Items{s.texts(i).item} }

// CapTexts are the subtitle (the verdict and margin) and the aria
// description of a cap chart.
func (s Scene) CapTexts(i int) (sub, desc string) {
	sub = s.M.Scenario + " " + s.scenarioValue(i) + " · " + s.verdictLine(i)
	return sub, s.T.Indicators[i].Name.In(s.M.Lang) + s.M.Stop + s.kind(i) + s.M.Stop + sub + s.M.Stop
}
