package charts

import (
	"fmt"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"xigong/i18n"
	"xigong/model"
)

// projected is one computed index of the projection chart.
type projected struct {
	key   string // series ids are key+"-target" and key+"-scenario"
	name  string
	index model.Pair
	color string
}

func projections(in input) []projected {
	p := in.r.Projection
	all := []projected{{"gdp", in.m.GDPIndex, p.GDP, colorMet}}
	if p.HasEnergy {
		all = append(all, projected{"energy", in.m.EnergyIndex, p.Energy, colorEnergy})
	}
	return all
}

// The projection chart draws each computed index from the base year (100) to
// the target year: dashed at the target rates, solid at the scenario's.
func projectionChart(in input) *charts.Line {
	sub, desc := projectionTexts(in)
	line := charts.NewLine()
	line.SetGlobalOptions(append(commonOpts(fmt.Sprintf(in.m.ProjectionTitle, in.t.BaseYear), sub, desc), legend,
		charts.WithGridOpts(opts.Grid{Left: "16", Right: "24", Top: "64", Bottom: "56", ContainLabel: opts.Bool(true)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true), Name: in.m.Computed}),
	)...)
	line.SetXAxis([]string{strconv.Itoa(in.t.BaseYear), strconv.Itoa(in.t.Year)})
	for _, p := range projections(in) {
		line.AddSeries(p.name+" · "+in.m.Target, nil, charts.WithSeriesId(p.key+"-target"),
			charts.WithLineStyleOpts(opts.LineStyle{Color: p.color, Type: "dashed", Width: 2}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: p.color}))
		line.MultiSeries[len(line.MultiSeries)-1].Data = projectionLine(in, p, in.m.Target, p.index.Target, "left")
		line.AddSeries(p.name+" · "+in.m.Scenario, nil, charts.WithSeriesId(p.key+"-scenario"),
			charts.WithLineStyleOpts(opts.LineStyle{Color: p.color, Width: 3}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: p.color}))
		line.MultiSeries[len(line.MultiSeries)-1].Data = projectionLine(in, p, in.m.Scenario, p.index.Scenario, "right")
	}
	return line
}

// projectionLine is a line from 100 in the base year to v in the target
// year, labelled at its end on the given side.
func projectionLine(in input, p projected, which string, v float64, side string) []item {
	point := func(x float64, text string) item {
		return item{
			Value:     x,
			Label:     label{Show: text != "", Position: side, Formatter: text, Color: p.color},
			ItemStyle: itemStyle{Color: p.color},
			Tooltip:   tip(p.name+" · "+which, in.m.Computed+in.m.Colon+i18n.Number(x, 2), in.m.ProjectionSub),
		}
	}
	return []item{point(100, ""), point(v, which+" "+i18n.Number(v, 1))}
}

func projectionTexts(in input) (sub, desc string) {
	sub = in.m.ProjectionSub
	desc = fmt.Sprintf(in.m.ProjectionTitle, in.t.BaseYear) + in.m.Stop + sub + in.m.Stop
	for _, p := range projections(in) {
		desc += p.name + in.m.Colon + in.m.Target + " " + i18n.Number(p.index.Target, 2) + in.m.Semi + in.m.Scenario + " " + i18n.Number(p.index.Scenario, 2) + in.m.Stop
	}
	return sub, desc
}

func projectionPatch(in input) map[string]any {
	sub, desc := projectionTexts(in)
	var series []seriesData
	for _, p := range projections(in) {
		series = append(series, seriesData{p.key + "-scenario", projectionLine(in, p, in.m.Scenario, p.index.Scenario, "right")})
	}
	return patch(sub, desc, series...)
}
