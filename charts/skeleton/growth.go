package skeleton

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	xc "xigong/charts"
)

// growth is a horizontal bar chart of growth targets: a target bar and a
// scenario bar for each (filled by charts' growth.go).
func growth() *charts.Bar {
	bar := charts.NewBar()
	bar.SetGlobalOptions(title, aria, legend,
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "88", Top: "56", Bottom: "36", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", AxisLabel: &opts.AxisLabel{Formatter: "{value}%"}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Width: 150, Overflow: "break"}}),
	)
	// Bars no thicker than 24 px, however few the targets.
	thin := charts.WithSeriesOpts(func(ss *charts.SingleSeries) { ss.BarMaxWidth = "24" })
	bar.AddSeries("", nil, charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorTarget}), thin)
	bar.AddSeries("", nil, charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorMet}), thin)
	return bar
}
