package skeleton

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	xc "xigong/charts"
)

// growth is a horizontal bar chart of growth targets: a target bar and a
// scenario bar for each (filled by charts' growth.go).
func growth() *charts.Bar {
	bar := charts.NewBar()
	bar.SetGlobalOptions(title, aria, legend,
		charts.WithGridOpts(opts.Grid{Left: "8", Right: strconv.Itoa(xc.GrowthRightWide), Top: strconv.Itoa(xc.GrowthTopWide), Bottom: strconv.Itoa(xc.GrowthBottomWide), ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", AxisLabel: &opts.AxisLabel{Formatter: "{value}%"}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Width: xc.GrowthNameWidth, Overflow: "break"}}),
	)
	// Bars no thicker than 24 px, however few the targets.
	thin := charts.WithSeriesOpts(func(ss *charts.SingleSeries) { ss.BarMaxWidth = "24" })
	bar.AddSeries("", nil, charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorTarget}), thin)
	bar.AddSeries("", nil, charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorMet}), thin)
	return bar
}

// growthNarrow lays the growth chart out under 520 px: each name above its
// bars, across the chart, rather than in a column at its left, so that the
// bars take most of the chart's width. The box is as tall as its rows need
// (charts.GrowthHeight: 52.5 px a row, 28 for the two bars, half a band,
// and the rest for the name, up to two lines of 12 px whose bottom is 15
// px above the band's middle). Room below for the axis and the legend,
// above for a title and subtitle of two lines each.
var growthNarrow = map[string]any{
	"grid": []any{map[string]any{"left": "8", "right": strconv.Itoa(xc.GrowthRightNarrow), "top": strconv.Itoa(xc.GrowthTopNarrow), "bottom": strconv.Itoa(xc.GrowthBottomNarrow), "containLabel": false}},
	"yAxis": []any{map[string]any{
		"axisTick":  map[string]any{"show": false},
		"axisLabel": map[string]any{"inside": true, "verticalAlign": "bottom", "padding": []any{0, 0, 15, 0}, "width": xc.NarrowNameWidth, "overflow": "break", "lineHeight": 12, "color": "#333"},
	}},
	// Bars at most 12 px each: with few targets the bands are tall and the
	// pair, 24 px each, covered the name 15 px above the middle.
	"series": []any{map[string]any{"barCategoryGap": "50%", "barMaxWidth": 12}, map[string]any{"barCategoryGap": "50%", "barMaxWidth": 12}},
}
