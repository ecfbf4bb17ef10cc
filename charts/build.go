package charts

import (
	"html"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"xigong/data"
	"xigong/i18n"
	"xigong/model"
)

// Fixed ids of the charts that do not come from an indicator id. Each cap
// (e.g. "unemployment", "population") is charted under its indicator's id.
const (
	GrowthID     = "growth"
	ProjectionID = "projection"
)

// Chart is one chart's ECharts option, ready for json.Marshal.
type Chart struct {
	ID     string         `json:"id"`
	Option map[string]any `json:"option"`
}

// input is what every builder reads.
type input struct {
	t   *data.Targets
	r   model.Result
	m   *i18n.Messages
	dec []int // display decimals per indicator
}

func newInput(t *data.Targets, r model.Result, lang string) input {
	in := input{t: t, r: r, m: i18n.For(lang), dec: make([]int, len(t.Indicators))}
	for i, ind := range t.Indicators {
		in.dec[i] = i18n.Decimals(ind.Scenario.Step)
	}
	return in
}

// IDs returns the ids of the charts drawn for t, in page order.
func IDs(t *data.Targets) []string {
	var ids []string
	if len(growthIndices(t)) > 0 {
		ids = append(ids, GrowthID)
	}
	for _, i := range capIndices(t) {
		ids = append(ids, t.Indicators[i].ID)
	}
	if t.Projection.GDP != "" {
		ids = append(ids, ProjectionID)
	}
	return ids
}

// Build returns the whole option of every chart, in the order of IDs.
func Build(t *data.Targets, r model.Result, lang string) []Chart {
	in := newInput(t, r, lang)
	var out []Chart
	if g := growthIndices(t); len(g) > 0 {
		out = append(out, Chart{GrowthID, finish(growthChart(in, g))})
	}
	for _, i := range capIndices(t) {
		id := t.Indicators[i].ID
		out = append(out, Chart{id, finish(capChart(in, i))})
	}
	if r.Projection.HasGDP {
		out = append(out, Chart{ProjectionID, finish(projectionChart(in))})
	}
	return out
}

// Patch returns, for every chart, the part of its option that depends on the
// scenario, to merge into the whole option with setOption.
func Patch(t *data.Targets, r model.Result, lang string) []Chart {
	in := newInput(t, r, lang)
	var out []Chart
	if g := growthIndices(t); len(g) > 0 {
		out = append(out, Chart{GrowthID, growthPatch(in, g)})
	}
	for _, i := range capIndices(t) {
		out = append(out, Chart{t.Indicators[i].ID, capPatch(in, i)})
	}
	if r.Projection.HasGDP {
		out = append(out, Chart{ProjectionID, projectionPatch(in)})
	}
	return out
}

// seriesData is the new data of the series with the given id.
type seriesData struct {
	ID   string `json:"id"`
	Data any    `json:"data"`
}

// patch is the shape every chart's patch takes.
func patch(sub, description string, series ...seriesData) map[string]any {
	return map[string]any{
		"title":  map[string]any{"subtext": sub},
		"aria":   newAriaPatch(description),
		"series": series,
	}
}

// rectChart is what the go-echarts bar and line charts have in common.
type rectChart interface {
	Validate()
	JSON() map[string]any
}

// finish validates a go-echarts chart, takes its option and sets what every
// chart shares and go-echarts has no option for: a tooltip kept inside the
// chart (phones), no animation holding back the first frame, and the font.
func finish(c rectChart) map[string]any {
	c.Validate()
	o := c.JSON()
	delete(o, "toolbox") // go-echarts always emits an empty one
	o["color"] = palette
	o["tooltip"] = map[string]any{"show": true, "trigger": "item", "confine": true}
	o["animationDuration"] = 0
	o["animationDurationUpdate"] = 200
	o["textStyle"] = map[string]any{"fontFamily": "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"}
	return o
}

// commonOpts are the global options of every chart.
func commonOpts(titleText, sub, description string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithTitleOpts(title(titleText, sub)),
		charts.WithAriaOpts(aria(description)),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}), // see legend
	}
}

// legend shows the names of a chart's series under it; charts with one
// series have none (go-echarts always emits a legend, which ECharts shows).
var legend = charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Bottom: "0"})

// tip builds an item tooltip from plain-text lines, escaped for HTML.
func tip(lines ...string) tooltip {
	s := ""
	for i, l := range lines {
		if i > 0 {
			s += "<br>"
		}
		s += html.EscapeString(l)
	}
	return tooltip{Formatter: s}
}
