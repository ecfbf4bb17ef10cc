package charts

import (
	"strconv"
	"xigong/data"

	"xigong/i18n"
	"xigong/internal/tmpl"
	"xigong/model"
)

// projectionFill is the projection chart: each computed index from the
// base year (100) to the target year, dashed at the target rates and solid
// at the scenario's (see fill).
func (s Scene) projectionFill(whole bool) obj {
	sub, desc := s.projectionTexts()
	o := titled(whole, s.projectionTitle(), sub, desc)
	var series []any
	for _, p := range s.Projections() {
		scenario := obj{"id": p.Key + "-scenario", "data": s.projectionLine(p, true)}
		if whole {
			color := obj{"color": p.Color}
			scenario["name"] = p.Name + " · " + s.msgs.Scenario
			scenario["lineStyle"], scenario["itemStyle"] = color, color
			series = append(series, obj{"id": p.Key + "-target", "name": p.Name + " · " + s.msgs.Target,
				"data": s.projectionLine(p, false), "lineStyle": color, "itemStyle": color})
		}
		series = append(series, scenario)
	}
	o["series"] = series
	if whole {
		o["xAxis"] = []any{obj{"data": s.Years()}}
		o["yAxis"] = []any{obj{"name": s.msgs.Computed}}
	}
	return o
}

// Projected is one computed index of the projection chart.
type Projected struct {
	Key   string // its series ids are Key+"-target" and Key+"-scenario"
	Name  string
	Index model.Pair
	Color string // of its lines
	Text  string // of its labels, readable on white
}

// Projections are the computed indices: GDP, and total energy use when the
// targets name an energy intensity indicator.
func (s Scene) Projections() []Projected {
	p := s.result.Projection
	all := []Projected{{"gdp", IndexName(s.targets, s.msgs), p.GDP, ColorMet, ColorMet}}
	if p.HasEnergy {
		all = append(all, Projected{"energy", s.msgs.EnergyIndex, p.Energy, ColorEnergy, TextEnergy})
	}
	return all
}

// IndexName names the computed index of the indicator the projection's
// GDP is: "地区生产总值指数", "Gross regional product index".
func IndexName(t *data.Targets, m *i18n.Messages) string {
	name := ""
	if i := t.Index(t.Projection.GDP); i >= 0 {
		name = t.Indicators[i].Name.In(m.Lang)
	}
	return tmpl.Fill(m.GDPIndex, name)
}

// Years are the base year and the target year.
func (s Scene) Years() []string {
	return []string{strconv.Itoa(s.targets.BaseYear), strconv.Itoa(s.targets.Year)}
}

// projectionLine is p's line from 100 in the base year to its index in the
// target year, at the target rates (labelled "目标" on the left of its end)
// or at the scenario's ("情景", on the right).
func (s Scene) projectionLine(p Projected, scenario bool) Items {
	which, v, side := s.msgs.Target, p.Index.Target, "left"
	if scenario {
		which, v, side = s.msgs.Scenario, p.Index.Scenario, "right"
	}
	point := func(x float64, text string, shift float64) Item {
		l := Label{Show: text != "", Position: side, Formatter: text, Color: p.Text}
		if shift != 0 {
			l.Offset = []float64{0, shift}
		}
		return Item{
			Value:     x,
			Label:     l,
			ItemStyle: ItemStyle{Color: p.Color},
			Tooltip:   Tip(p.Name+" · "+which, s.msgs.Computed+s.msgs.Colon+i18n.Number(x, 2), s.msgs.ProjectionSub),
		}
	}
	return Items{point(100, "", 0), point(v, which+" "+i18n.Number(v, 1), s.endShift(p, scenario))}
}

// endLabelShift is how far (px) the end labels of the two computed indices
// are moved apart vertically on each side, so that both stay readable when
// the indices end close together or at the same value.
const endLabelShift = 7

// endShift is the vertical offset of p's end label on one side: up for the
// higher of the two indices (the first when they are equal), down for the
// lower, none for an index alone.
func (s Scene) endShift(p Projected, scenario bool) float64 {
	at := func(q Projected) float64 {
		if scenario {
			return q.Index.Scenario
		}
		return q.Index.Target
	}
	ps := s.Projections()
	if len(ps) < 2 {
		return 0
	}
	for _, q := range ps {
		if q.Key != p.Key && (at(q) > at(p) || at(q) == at(p) && q.Key == ps[0].Key) {
			return endLabelShift
		}
	}
	return -endLabelShift
}

// projectionTitle is "推算（示意）：2014年 = 100".
func (s Scene) projectionTitle() string {
	return tmpl.Fill(s.msgs.ProjectionTitle, strconv.Itoa(s.targets.BaseYear))
}

// projectionTexts are the subtitle and the aria description of the
// projection chart.
func (s Scene) projectionTexts() (sub, desc string) {
	sub = s.msgs.ProjectionSub
	desc = s.projectionTitle() + s.msgs.Stop + sub + s.msgs.Stop
	for _, p := range s.Projections() {
		desc += p.Name + s.msgs.Colon + s.msgs.Target + " " + i18n.Number(p.Index.Target, 2) + s.msgs.Semi + s.msgs.Scenario + " " + i18n.Number(p.Index.Scenario, 2) + s.msgs.Stop
	}
	return sub, desc
}
