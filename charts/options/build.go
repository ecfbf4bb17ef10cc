package options

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	xc "xigong/charts"
	"xigong/data"
	"xigong/model"
)

// Build returns the whole option of every chart, in the order of charts.IDs.
func Build(t *data.Targets, r model.Result, lang string) []xc.Chart {
	s := xc.NewScene(t, r, lang)
	var out []xc.Chart
	if len(s.Growth) > 0 {
		out = append(out, xc.Chart{ID: xc.GrowthID, Option: finish(growth(s))})
	}
	for _, i := range s.Caps {
		out = append(out, xc.Chart{ID: t.Indicators[i].ID, Option: finish(capChart(s, i))})
	}
	if r.Projection.HasGDP {
		out = append(out, xc.Chart{ID: xc.ProjectionID, Option: finish(projection(s))})
	}
	return out
}

// rectChart is what the go-echarts bar and line charts have in common.
type rectChart interface {
	Validate()
	JSON() map[string]any
}

// finish validates a go-echarts chart, takes its option and sets what every
// chart shares and go-echarts has no option for: our palette, a tooltip kept
// inside the chart (phones), no animation holding back the first frame, the
// font, and a layout for phones.
func finish(c rectChart) map[string]any {
	c.Validate()
	o := c.JSON()
	delete(o, "toolbox") // go-echarts always emits an empty one
	o["color"] = xc.Palette
	o["tooltip"] = map[string]any{"show": true, "trigger": "item", "confine": true}
	o["animationDuration"] = 0
	o["animationDurationUpdate"] = 200
	o["textStyle"] = map[string]any{"fontFamily": "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"}
	return map[string]any{"baseOption": o, "media": narrow}
}

// narrow is ECharts' media query for phones: smaller titles, so that they fit
// in 300 px, and fewer ticks on the value axis.
var narrow = []map[string]any{{
	"query": map[string]any{"maxWidth": 520},
	"option": map[string]any{
		"title": map[string]any{
			"textStyle":    map[string]any{"fontSize": 12},
			"subtextStyle": map[string]any{"fontSize": 10},
		},
		"xAxis": []map[string]any{{"splitNumber": 3}},
	},
}}

// common are the global options of every chart: title and subtitle, aria
// with our description, and no legend (see legend).
func common(title, sub, description string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithTitleOpts(opts.Title{
			Title: title, Subtitle: sub, Left: "center", Top: "0",
			TitleStyle:    &opts.TextStyle{FontSize: 15},
			SubtitleStyle: &opts.TextStyle{FontSize: 12, Color: "#444"},
		}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Enabled: opts.Bool(true), Description: description}}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
	}
}

// legend shows the names of a chart's series under it; charts with one
// series have none (go-echarts always emits a legend, which ECharts shows).
var legend = charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Bottom: "0"})
