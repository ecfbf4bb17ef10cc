package skeleton

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	xc "xigong/charts"
)

// levelChart is one bar, the scenario, against a level's target: a dashed
// line at it and a shaded area (filled by charts' level.go).
func levelChart() *charts.Bar {
	bar := charts.NewBar()
	bar.SetGlobalOptions(title, aria, noLegend,
		charts.WithGridOpts(opts.Grid{Left: "16", Right: strconv.Itoa(xc.LevelRight), Top: "76", Bottom: "16", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category"}),
	)
	bar.AddSeries("", nil,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: xc.ColorMet}),
		charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
			ss.BarMaxWidth = "56"
			ss.MarkLines = &opts.MarkLines{}
			ss.MarkLines.MarkLineStyle = opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: &opts.LineStyle{Color: xc.ColorLine, Width: 2, Type: "dashed"}}
			ss.MarkAreas = &opts.MarkAreas{}
			ss.MarkAreas.MarkAreaStyle = opts.MarkAreaStyle{
				ItemStyle: &opts.ItemStyle{Color: "rgba(213,94,0,0.08)"},
				Label:     &opts.Label{Show: opts.Bool(true), Position: "insideTop", Color: xc.TextMissed},
			}
		}),
	)
	return bar
}

// levelNarrow leaves room above the bar for a title and a subtitle of two
// lines each, under 520 px, and no label at the axis's end, the scenario's
// highest value, which is off the ticks' steps and would touch the last
// tick's ("9%10%").
var levelNarrow = map[string]any{
	"grid":  []any{map[string]any{"top": "118"}},
	"xAxis": []any{map[string]any{"axisLabel": map[string]any{"showMaxLabel": false}}},
}
