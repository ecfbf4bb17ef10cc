package charts

import (
	"fmt"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"xigong/data"
	"xigong/i18n"
)

// growthIndices are the indicators on the growth chart: all but the caps.
func growthIndices(t *data.Targets) []int {
	var idx []int
	for i, in := range t.Indicators {
		if !in.IsCap() {
			idx = append(idx, i)
		}
	}
	return idx
}

// capIndices are the indicators charted alone against their cap.
func capIndices(t *data.Targets) []int {
	var idx []int
	for i, in := range t.Indicators {
		if in.IsCap() {
			idx = append(idx, i)
		}
	}
	return idx
}

// axisName is an indicator's name on an axis; a reduction says it is a cut,
// so that every bar of the growth chart reads "higher is better".
func (in input) axisName(i int) string {
	ind := in.t.Indicators[i]
	name := ind.Name.In(in.m.Lang)
	if ind.Bound == data.Reduction {
		name += in.m.CutSuffix
	}
	return name
}

// kind says what kind of target indicator i is, with its value.
func (in input) kind(i int) string { return in.m.KindOf(in.t.Indicators[i]) }

// scenarioValue is "9.0%".
func (in input) scenarioValue(i int) string {
	return i18n.ScenarioValue(in.r.Verdicts[i], in.t.Indicators[i])
}

// verdictLine is "✗ 未达标，差 1.5 个百分点".
func (in input) verdictLine(i int) string {
	return in.m.VerdictLine(in.r.Verdicts[i], in.t.Indicators[i])
}

// itemTip is the tooltip of every mark that shows indicator i.
func (in input) itemTip(i int) tooltip {
	ind := in.t.Indicators[i]
	return tip(
		ind.Name.In(in.m.Lang),
		in.m.Quote+in.m.Colon+ind.Quote,
		in.m.Kind+in.m.Colon+in.kind(i),
		in.m.Scenario+in.m.Colon+in.scenarioValue(i),
		in.verdictLine(i),
	)
}

// scenarioItem is the mark of indicator i's scenario value.
func (in input) scenarioItem(i int, position string) item {
	v := in.r.Verdicts[i]
	mark := "✓ "
	if !v.Met {
		mark = "✗ "
	}
	color := colorMet
	if !v.Met {
		color = colorMissed
	}
	return item{
		Value:     v.Value,
		Label:     label{Show: true, Position: position, Formatter: mark + in.scenarioValue(i), Color: color},
		ItemStyle: verdictStyle(v.Met),
		Tooltip:   in.itemTip(i),
	}
}

func growthChart(in input, idx []int) *charts.Bar {
	names := make([]string, len(idx))
	targets := make([]item, len(idx))
	for k, i := range idx {
		ind := in.t.Indicators[i]
		names[k] = in.axisName(i)
		text := in.m.Target + " " + i18n.Value(ind.Value, -1, ind.Unit)
		if ind.Bound == data.About {
			text = in.m.Target + " ≈" + i18n.Value(ind.Value, -1, ind.Unit) + " ±" + i18n.Number(ind.Tolerance, -1)
		}
		targets[k] = item{
			Value:     ind.Value,
			Label:     label{Show: true, Position: "right", Formatter: text, Color: "#555"},
			ItemStyle: itemStyle{Color: colorTarget},
			Tooltip:   in.itemTip(i),
		}
	}
	sub, desc := growthTexts(in, idx)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(commonOpts(in.m.GrowthTitle, sub, desc), legend,
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "88", Top: "56", Bottom: "36", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", AxisLabel: &opts.AxisLabel{Formatter: "{value}%"}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Width: 150, Overflow: "break"}}),
	)...)
	bar.AddSeries(in.m.Target, nil, charts.WithSeriesId("target"), charts.WithItemStyleOpts(opts.ItemStyle{Color: colorTarget}))
	bar.AddSeries(in.m.Scenario, nil, charts.WithSeriesId(scenarioSeries), charts.WithItemStyleOpts(opts.ItemStyle{Color: colorMet}))
	bar.MultiSeries[0].Data = targets
	bar.MultiSeries[1].Data = growthScenario(in, idx)
	return bar
}

func growthScenario(in input, idx []int) []item {
	items := make([]item, len(idx))
	for k, i := range idx {
		items[k] = in.scenarioItem(i, "right")
	}
	return items
}

// growthTexts returns the subtitle ("情景达标 7 / 8 项") and the aria
// description of the growth chart.
func growthTexts(in input, idx []int) (sub, desc string) {
	met := 0
	desc = in.m.GrowthTitle + in.m.Stop
	for _, i := range idx {
		ind := in.t.Indicators[i]
		if in.r.Verdicts[i].Met {
			met++
		}
		desc += ind.Name.In(in.m.Lang) + in.m.Colon + in.kind(i) + in.m.Semi + in.m.Scenario + " " + in.scenarioValue(i) + in.m.Semi + in.verdictLine(i) + in.m.Stop
	}
	return fmt.Sprintf(in.m.SummaryAll, met, len(idx)), desc
}

func growthPatch(in input, idx []int) map[string]any {
	sub, desc := growthTexts(in, idx)
	return patch(sub, desc, seriesData{scenarioSeries, growthScenario(in, idx)})
}
