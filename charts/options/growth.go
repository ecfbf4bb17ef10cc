package options

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	xc "xigong/charts"
)

// growth is a horizontal bar chart of the growth targets: the target and the
// scenario of each.
func growth(s xc.Scene) *charts.Bar {
	names := make([]string, len(s.Growth))
	for k, i := range s.Growth {
		names[k] = s.AxisName(i)
	}
	sub, desc := s.GrowthTexts()
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common(s.M.GrowthTitle, sub, desc), legend,
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "88", Top: "56", Bottom: "36", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", AxisLabel: &opts.AxisLabel{Formatter: "{value}%"}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Width: 150, Overflow: "break"}}),
	)...)
	bar.AddSeries(s.M.Target, nil, charts.WithSeriesId("target"), charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorTarget}))
	bar.AddSeries(s.M.Scenario, nil, charts.WithSeriesId(xc.ScenarioSeries), charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorMet}))
	bar.MultiSeries[0].Data = s.TargetItems()
	bar.MultiSeries[1].Data = s.GrowthScenario()
	return bar
}
