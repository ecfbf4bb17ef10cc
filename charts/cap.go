package charts

import (
	"fmt"
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"xigong/i18n"
)

// capMark is the line drawn at a cap.
type capMark struct {
	Name  string  `json:"name"`
	XAxis float64 `json:"xAxis"`
	Label label   `json:"label"`
}

// areaEdge is one edge of a marked area along the x axis.
type areaEdge struct {
	Name  string  `json:"name,omitempty"`
	XAxis float64 `json:"xAxis"`
}

func capChart(in input, i int) *charts.Bar {
	ind := in.t.Indicators[i]
	capText := fmt.Sprintf(in.m.CapLine, i18n.Value(ind.Value, -1, ind.Unit))
	r := ind.Scenario
	lo := math.Min(0, r.Min)
	sub, desc := capTexts(in, i)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(commonOpts(fmt.Sprintf(in.m.CapTitle, ind.Name.In(in.m.Lang), i18n.Value(ind.Value, -1, ind.Unit)), sub, desc),
		charts.WithGridOpts(opts.Grid{Left: "16", Right: "32", Top: "76", Bottom: "16", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: lo, Max: r.Max, AxisLabel: &opts.AxisLabel{Formatter: types.FuncStr("{value}" + ind.Unit)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: []string{in.m.Scenario}}),
	)...)
	bar.AddSeries(in.m.Scenario, nil,
		charts.WithSeriesId(scenarioSeries),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorMet}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) {
			s.BarMaxWidth = "56"
			s.MarkLines = &opts.MarkLines{Data: []any{capMark{
				Name: capText, XAxis: ind.Value,
				Label: label{Show: true, Position: "end", Formatter: capText, Color: colorLine},
			}}}
			s.MarkLines.MarkLineStyle = opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: &opts.LineStyle{Color: colorLine, Width: 2, Type: "dashed"}}
			s.MarkAreas = &opts.MarkAreas{Data: []any{[]areaEdge{{Name: in.m.OverCap, XAxis: ind.Value}, {XAxis: r.Max}}}}
			s.MarkAreas.MarkAreaStyle = opts.MarkAreaStyle{
				ItemStyle: &opts.ItemStyle{Color: "rgba(213,94,0,0.08)"},
				Label:     &opts.Label{Show: opts.Bool(true), Position: "insideTop", Color: colorMissed},
			}
		}),
	)
	bar.MultiSeries[0].Data = capScenario(in, i)
	return bar
}

func capScenario(in input, i int) []item {
	return []item{in.scenarioItem(i, "right")}
}

// capTexts returns the subtitle (the verdict and margin) and the aria
// description of a cap chart.
func capTexts(in input, i int) (sub, desc string) {
	ind := in.t.Indicators[i]
	sub = in.m.Scenario + " " + in.scenarioValue(i) + " · " + in.verdictLine(i)
	desc = ind.Name.In(in.m.Lang) + in.m.Stop + in.kind(i) + in.m.Stop + sub + in.m.Stop
	return sub, desc
}

func capPatch(in input, i int) map[string]any {
	sub, desc := capTexts(in, i)
	return patch(sub, desc, seriesData{scenarioSeries, capScenario(in, i)})
}
