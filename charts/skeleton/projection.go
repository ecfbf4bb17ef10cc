package skeleton

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// projection is a line chart of computed indices from the base year to the
// target year, with room at its right for the end labels. Its two series are a pattern that the fill repeats for each
// index (charts' projection.go): dashed at the target rates, solid at the
// scenario's; the fill gives each index its colour.
func projection() *charts.Line {
	line := charts.NewLine()
	line.SetGlobalOptions(title, aria, legend,
		charts.WithGridOpts(opts.Grid{Left: "16", Right: "96", Top: "64", Bottom: "56", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true)}),
	)
	line.AddSeries("", nil, charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed", Width: 2}))
	line.AddSeries("", nil, charts.WithLineStyleOpts(opts.LineStyle{Width: 3}))
	return line
}

// projectionNarrow leaves room under 520 px for a title and subtitle of two
// lines each and for a legend of one entry a line (the page draws the chart
// 440 px tall there: style.css).
var projectionNarrow = map[string]any{
	"grid":   []any{map[string]any{"top": "100", "bottom": "112"}},
	"legend": map[string]any{"itemGap": 4, "orient": "vertical", "left": "8", "textStyle": map[string]any{"width": 230, "overflow": "break"}},
}
