package charts

import (
	"math"

	"xigong/i18n"
	"xigong/internal/tmpl"
)

// capFill is the chart of the cap of indicator i: one bar, the scenario,
// against a line at the cap and a shaded area beyond it (see fill).
func (s Scene) capFill(i int, whole bool) obj {
	sub, desc := s.CapTexts(i)
	o := texts(whole, s.CapTitle(i), sub, desc)
	scenario := obj{"id": ScenarioSeries, "data": s.CapScenario(i)}
	o["series"] = []any{scenario}
	if !whole {
		return o
	}
	in := s.T.Indicators[i]
	o["xAxis"] = []any{obj{"min": math.Min(0, in.Scenario.Min), "max": in.Scenario.Max, "axisLabel": obj{"formatter": "{value}" + in.Unit}}}
	o["yAxis"] = []any{obj{"data": []string{s.M.Scenario}}}
	scenario["name"] = s.M.Scenario
	scenario["markLine"] = obj{"data": []any{s.CapMark(i)}}
	scenario["markArea"] = obj{"data": []any{s.OverCap(i)}}
	return o
}

// CapTitle is "城镇登记失业率：上限 4.5%"; CapLine labels the cap's line.
func (s Scene) CapTitle(i int) string {
	in := s.T.Indicators[i]
	return tmpl.Fill(s.M.CapTitle, in.Name.In(s.M.Lang), i18n.Value(in.Value, -1, in.Unit))
}

// CapLine labels the line drawn at the cap: "上限 4.5%".
func (s Scene) CapLine(i int) string {
	in := s.T.Indicators[i]
	return tmpl.Fill(s.M.CapLine, i18n.Value(in.Value, -1, in.Unit))
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
	Name  string  `json:"name,omitempty"`
	XAxis float64 `json:"xAxis"`
}

// Area is one marked area: its two edges.
//
//jsongen:encode
type Area []AreaEdge

// OverCap is the area beyond indicator i's cap, as ECharts markArea data.
func (s Scene) OverCap(i int) Area {
	in := s.T.Indicators[i]
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
