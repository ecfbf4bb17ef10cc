package options

import (
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	xc "xigong/charts"
)

// capChart is one bar, the scenario, against the cap: a dashed line at the
// cap and a shaded area beyond it.
func capChart(s xc.Scene, i int) *charts.Bar {
	in := s.T.Indicators[i]
	r := in.Scenario
	sub, desc := s.CapTexts(i)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common(s.CapTitle(i), sub, desc),
		charts.WithGridOpts(opts.Grid{Left: "16", Right: "32", Top: "76", Bottom: "16", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: math.Min(0, r.Min), Max: r.Max, AxisLabel: &opts.AxisLabel{Formatter: types.FuncStr("{value}" + in.Unit)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: []string{s.M.Scenario}}),
	)...)
	bar.AddSeries(s.M.Scenario, nil,
		charts.WithSeriesId(xc.ScenarioSeries),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorMet}),
		charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
			ss.BarMaxWidth = "56"
			ss.MarkLines = &opts.MarkLines{Data: []any{s.CapMark(i)}}
			ss.MarkLines.MarkLineStyle = opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: &opts.LineStyle{Color: xc.ColorLine, Width: 2, Type: "dashed"}}
			ss.MarkAreas = &opts.MarkAreas{Data: []any{s.OverCap(i)}}
			ss.MarkAreas.MarkAreaStyle = opts.MarkAreaStyle{
				ItemStyle: &opts.ItemStyle{Color: "rgba(213,94,0,0.08)"},
				Label:     &opts.Label{Show: opts.Bool(true), Position: "insideTop", Color: xc.ColorMissed},
			}
		}),
	)
	bar.MultiSeries[0].Data = s.CapScenario(i)
	return bar
}
