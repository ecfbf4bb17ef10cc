package charts

import (
	"fmt"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"xigong/i18n"
	"xigong/model"
)

// The projection chart draws each computed index from the base year (100) to
// the target year: dashed at the target rates, solid at the scenario's. The
// scenario lines share one series (id "scenario") so that patches stay the
// same shape as the other charts'; its points are split by a null.
func projectionChart(in input) *charts.Line {
	p := in.r.Projection
	years := []string{strconv.Itoa(in.t.BaseYear), strconv.Itoa(in.t.Year)}
	sub, desc := projectionTexts(in)
	line := charts.NewLine()
	line.SetGlobalOptions(append(commonOpts(fmt.Sprintf(in.m.ProjectionTitle, in.t.BaseYear), sub, desc),
		charts.WithGridOpts(opts.Grid{Left: "16", Right: "150", Top: "64", Bottom: "40", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: years}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true), Name: in.m.Computed}),
	)...)
	type series struct {
		name  string
		index model.Pair
		color string
	}
	all := []series{{in.m.GDPIndex, p.GDP, colorMet}}
	if p.HasEnergy {
		all = append(all, series{in.m.EnergyIndex, p.Energy, colorEnergy})
	}
	for _, s := range all {
		line.AddSeries(s.name+" · "+in.m.Target, nil,
			charts.WithLineStyleOpts(opts.LineStyle{Color: s.color, Type: "dashed", Width: 2}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: s.color}),
		)
		line.MultiSeries[len(line.MultiSeries)-1].Data = []item{
			projectionPoint(in, s.name, 100, ""),
			projectionPoint(in, s.name+" · "+in.m.Target, s.index.Target, in.m.Target+" "+i18n.Number(s.index.Target, 1)),
		}
	}
	line.AddSeries(in.m.Scenario, nil, charts.WithSeriesId(scenarioSeries),
		charts.WithLineStyleOpts(opts.LineStyle{Color: colorLine, Width: 3}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorLine}),
		charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(false)}),
	)
	line.MultiSeries[len(line.MultiSeries)-1].Data = projectionScenario(in)
	return line
}

// projectionPoint is one computed point; an empty text shows no label.
func projectionPoint(in input, name string, v float64, text string) item {
	return item{
		Value:     v,
		Label:     label{Show: text != "", Position: "right", Formatter: text, Color: colorLine},
		ItemStyle: itemStyle{Color: colorLine},
		Tooltip:   tip(name, in.m.Computed+": "+i18n.Number(v, 2), in.m.ProjectionSub),
	}
}

// projectionScenario is the data of the scenario series: GDP from 100 to its
// scenario index, then, after a gap, energy use likewise.
func projectionScenario(in input) []any {
	p := in.r.Projection
	pts := []any{
		projectionPoint(in, in.m.GDPIndex, 100, ""),
		projectionPoint(in, in.m.GDPIndex+" · "+in.m.Scenario, p.GDP.Scenario, in.m.Scenario+" "+i18n.Number(p.GDP.Scenario, 1)),
	}
	if p.HasEnergy {
		pts = append(pts, nil, projectionPoint(in, in.m.EnergyIndex, 100, ""),
			projectionPoint(in, in.m.EnergyIndex+" · "+in.m.Scenario, p.Energy.Scenario, in.m.Scenario+" "+i18n.Number(p.Energy.Scenario, 1)))
	}
	return pts
}

func projectionTexts(in input) (sub, desc string) {
	p := in.r.Projection
	sub = in.m.ProjectionSub
	desc = fmt.Sprintf(in.m.ProjectionTitle, in.t.BaseYear) + in.m.Stop + sub + in.m.Stop +
		in.m.GDPIndex + in.m.Colon + in.m.Target + " " + i18n.Number(p.GDP.Target, 2) + in.m.Semi + in.m.Scenario + " " + i18n.Number(p.GDP.Scenario, 2) + in.m.Stop
	if p.HasEnergy {
		desc += in.m.EnergyIndex + in.m.Colon + in.m.Target + " " + i18n.Number(p.Energy.Target, 2) + in.m.Semi + in.m.Scenario + " " + i18n.Number(p.Energy.Scenario, 2) + in.m.Stop
	}
	return sub, desc
}

func projectionPatch(in input) map[string]any {
	sub, desc := projectionTexts(in)
	return patch(sub, desc, projectionScenario(in))
}
