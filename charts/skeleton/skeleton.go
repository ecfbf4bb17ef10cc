package skeleton

import (
	"encoding/json"
	"errors"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	xc "xigong/charts"
)

// Build returns the skeleton of every kind of chart.
func Build() (xc.Skeletons, error) {
	sk := xc.Skeletons{}
	for _, k := range []struct {
		kind   string
		chart  rectChart
		extra  map[string]any // what go-echarts has no option for
		narrow map[string]any // the kind's own layout under 520 px, over the common one
	}{
		{xc.GrowthKind, growth(), nil, growthNarrow},
		{xc.LevelKind, levelChart(), nil, levelNarrow},
		{xc.ProjectionKind, projection(), nil, projectionNarrow},
	} {
		o, err := finish(k.chart, k.extra, xc.Merge(narrow, k.narrow).(map[string]any))
		if err != nil {
			return nil, errors.New("skeleton: " + k.kind + ": " + err.Error())
		}
		sk[k.kind] = o
	}
	return sk, nil
}

// rectChart is what the go-echarts bar and line charts have in common.
type rectChart interface {
	Validate()
	JSON() map[string]any
}

// finish validates a go-echarts chart, takes its option as generic JSON
// (without the members go-echarts writes as null or empty: a skeleton holds
// layout only) and sets what every chart shares and go-echarts has no
// option for: our palette, a tooltip kept inside the chart (phones), no
// animation holding back the first frame, extra (the kind's own
// options go-echarts has none for), and narrow, its layout for frames under
// 520 px wide (phones).
func finish(c rectChart, extra, narrow map[string]any) (map[string]any, error) {
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		return nil, err
	}
	var o map[string]any
	if err := json.Unmarshal(b, &o); err != nil {
		return nil, err
	}
	prune(o)
	delete(o, "toolbox") // go-echarts always emits an empty one
	o["color"] = xc.Palette
	o["tooltip"] = map[string]any{"show": true, "trigger": "item", "confine": true}
	o["animationDuration"] = 0
	o["animationDurationUpdate"] = 200
	media := []any{map[string]any{"query": map[string]any{"maxWidth": 520}, "option": narrow}}
	return map[string]any{"baseOption": xc.Merge(o, extra), "media": media}, nil
}

// prune removes the members of o (and of the objects within it) that are
// null, empty strings or data: what a fill provides, or what go-echarts
// writes for options it was not given.
func prune(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if e == nil || e == "" || k == "data" || k == "name" && isSeriesOrAxis(x) {
				delete(x, k)
				continue
			}
			prune(e)
		}
	case []any:
		for _, e := range x {
			prune(e)
		}
	}
}

// isSeriesOrAxis reports whether o is a series or an axis (which have a
// type), whose names are texts a fill gives.
func isSeriesOrAxis(o map[string]any) bool { _, ok := o["type"]; return ok }

// narrow is the layout of every chart under 520 px wide: titles at 13 and
// 12 px that break into lines of at most 270 px (the narrowest chart is
// about 280 px wide; a title's lines 18 px apart, as a Chinese unit in an
// English title, "floor 170 万人", is drawn taller than the line ECharts
// gives 13 px text), and fewer ticks on the value axis.
var narrow = map[string]any{
	"title": map[string]any{
		"textStyle":    map[string]any{"fontSize": 13, "lineHeight": 18, "width": 270, "overflow": "break"},
		"subtextStyle": map[string]any{"fontSize": 12, "width": 270, "overflow": "break"},
	},
	"xAxis": []any{map[string]any{"splitNumber": 3}},
}

// title places the title and subtitle, which a fill writes.
var title = charts.WithTitleOpts(opts.Title{
	Left: "center", Top: "0",
	TitleStyle:    &opts.TextStyle{FontSize: 15},
	SubtitleStyle: &opts.TextStyle{FontSize: 12, Color: "#444"},
})

// aria turns on the description a fill writes.
var aria = charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Enabled: opts.Bool(true)}})

// legend shows the names of a chart's series under it; noLegend is for
// charts with one series (go-echarts always emits a legend, which ECharts
// shows).
var (
	legend   = charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Bottom: "0"})
	noLegend = charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)})
)
