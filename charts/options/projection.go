package options

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	xc "xigong/charts"
)

// projection draws each computed index from the base year (100) to the
// target year: dashed at the target rates, solid at the scenario's.
func projection(s xc.Scene) *charts.Line {
	sub, desc := s.ProjectionTexts()
	line := charts.NewLine()
	line.SetGlobalOptions(append(common(s.ProjectionTitle(), sub, desc), legend,
		charts.WithGridOpts(opts.Grid{Left: "16", Right: "24", Top: "64", Bottom: "56", ContainLabel: opts.Bool(true)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true), Name: s.M.Computed}),
	)...)
	line.SetXAxis(s.Years())
	for _, p := range s.Projections() {
		line.AddSeries(p.Name+" · "+s.M.Target, nil, charts.WithSeriesId(p.Key+"-target"),
			charts.WithLineStyleOpts(opts.LineStyle{Color: p.Color, Type: "dashed", Width: 2}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: p.Color}))
		line.MultiSeries[len(line.MultiSeries)-1].Data = s.ProjectionLine(p, false)
		line.AddSeries(p.Name+" · "+s.M.Scenario, nil, charts.WithSeriesId(p.Key+"-scenario"),
			charts.WithLineStyleOpts(opts.LineStyle{Color: p.Color, Width: 3}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: p.Color}))
		line.MultiSeries[len(line.MultiSeries)-1].Data = s.ProjectionLine(p, true)
	}
	return line
}
