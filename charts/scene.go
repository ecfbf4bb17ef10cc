package charts

import (
	"strconv"
	"strings"

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

// Chart is one chart's ECharts option, or a patch of it, ready for
// json.Marshal.
type Chart struct {
	ID     string         `json:"id"`
	Option map[string]any `json:"option"`
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

// Shows returns the ids of the charts that show indicator i: the growth
// chart or the indicator's own cap chart, and the projection for the
// indicators it is computed from.
func Shows(t *data.Targets, i int) []string {
	in := t.Indicators[i]
	ids := []string{GrowthID}
	if in.IsCap() {
		ids = []string{in.ID}
	}
	if in.ID == t.Projection.GDP || in.ID == t.Projection.EnergyIntensity {
		ids = append(ids, ProjectionID)
	}
	return ids
}

// Title returns the title of chart id in lang, or "" for an unknown id.
func Title(t *data.Targets, id, lang string) string {
	m := i18n.For(lang)
	switch id {
	case GrowthID:
		return m.GrowthTitle
	case ProjectionID:
		return i18n.Fill(m.ProjectionTitle, strconv.Itoa(t.BaseYear))
	}
	if i := t.Index(id); i >= 0 && t.Indicators[i].IsCap() {
		return t.Indicators[i].Name.In(lang)
	}
	return ""
}

// Scene is what the charts show of one scenario.
type Scene struct {
	T *data.Targets
	R model.Result
	M *i18n.Messages
	// Growth and Caps are the indicators of the growth chart (all but caps)
	// and of the cap charts, as indices into T.Indicators.
	Growth, Caps []int
	memo         *Memo // the scenario texts built, by indicator
}

// NewScene prepares the scenario r of targets t for charting in lang.
func NewScene(t *data.Targets, r model.Result, lang string) Scene {
	return newScene(t, r, lang, &Memo{})
}

// newScene is NewScene keeping its scenario texts in memo.
func newScene(t *data.Targets, r model.Result, lang string, memo *Memo) Scene {
	return Scene{T: t, R: r, M: i18n.For(lang), Growth: growthIndices(t), Caps: capIndices(t), memo: memo}
}

func growthIndices(t *data.Targets) []int {
	var idx []int
	for i, in := range t.Indicators {
		if !in.IsCap() {
			idx = append(idx, i)
		}
	}
	return idx
}

func capIndices(t *data.Targets) []int {
	var idx []int
	for i, in := range t.Indicators {
		if in.IsCap() {
			idx = append(idx, i)
		}
	}
	return idx
}

// AxisName is an indicator's name on an axis; a reduction says it is a cut,
// so that every bar of the growth chart reads "higher is better".
func (s Scene) AxisName(i int) string {
	in := s.T.Indicators[i]
	name := in.Name.In(s.M.Lang)
	if in.Bound == data.Reduction {
		name += s.M.CutSuffix
	}
	return name
}

func (s Scene) kind(i int) string          { return s.M.KindOf(s.T.Indicators[i]) }
func (s Scene) scenarioValue(i int) string { return s.texts(i).text }
func (s Scene) verdictLine(i int) string   { return s.texts(i).verdict }

// targetTip is the tooltip of indicator i's target bar: the target alone,
// as the bar does not change with the scenario (patches leave it).
func (s Scene) targetTip(i int) Tooltip {
	in := s.T.Indicators[i]
	return Tip(in.Name.In(s.M.Lang), s.M.Quote+s.M.Colon+in.Quote, s.M.Kind+s.M.Colon+s.kind(i))
}

// scenarioItem is the bar of indicator i's scenario value, which reads text
// with the verdict line verdict: ✓ or ✗, coloured and, when missed,
// hatched; its tooltip has the target and the scenario's verdict.
func scenarioItem(s Scene, i int, text, verdict string) Item {
	in, v := s.T.Indicators[i], s.R.Verdicts[i]
	mark, color := "✓ ", ColorMet
	if !v.Met {
		mark, color = "✗ ", ColorMissed
	}
	return Item{
		Value:     v.Value,
		Label:     Label{Show: true, Position: "right", Formatter: mark + text, Color: color},
		ItemStyle: verdictStyle(v.Met),
		Tooltip: Tip(
			in.Name.In(s.M.Lang),
			s.M.Quote+s.M.Colon+in.Quote,
			s.M.Kind+s.M.Colon+s.kind(i),
			s.M.Scenario+s.M.Colon+text,
			verdict,
		),
	}
}

// TargetItems are the bars of the growth targets.
func (s Scene) TargetItems() Items {
	items := make(Items, len(s.Growth))
	for k, i := range s.Growth {
		in := s.T.Indicators[i]
		text := s.M.Target + " " + i18n.Value(in.Value, -1, in.Unit)
		if in.Bound == data.About {
			text = s.M.Target + " ≈" + i18n.Value(in.Value, -1, in.Unit) + " ±" + i18n.Number(in.Tolerance, -1)
		}
		items[k] = Item{
			Value:     in.Value,
			Label:     Label{Show: true, Position: "right", Formatter: text, Color: "#555"},
			ItemStyle: ItemStyle{Color: ColorTarget},
			Tooltip:   s.targetTip(i),
		}
	}
	return items
}

// GrowthScenario are the bars of the growth chart's scenario series.
func (s Scene) GrowthScenario() Items {
	items := make(Items, len(s.Growth))
	for k, i := range s.Growth {
		items[k] = s.texts(i).item
	}
	return items
}

// GrowthTexts are the subtitle ("情景达标 7 / 8 项") and the aria description
// of the growth chart.
func (s Scene) GrowthTexts() (sub, desc string) {
	met := 0
	var b strings.Builder
	b.Grow(128 * (len(s.Growth) + 1))
	b.WriteString(s.M.GrowthTitle + s.M.Stop)
	for _, i := range s.Growth {
		if s.R.Verdicts[i].Met {
			met++
		}
		e := s.texts(i)
		if e.line == "" {
			e.line = growthLine(s, i, e.text, e.verdict)
		}
		b.WriteString(e.line)
	}
	return i18n.Fill(s.M.SummaryAll, strconv.Itoa(met), strconv.Itoa(len(s.Growth))), b.String()
}

// growthLine is indicator i's sentence in the growth chart's description,
// with its scenario value text and verdict line.
func growthLine(s Scene, i int, text, verdict string) string {
	var b strings.Builder
	for _, part := range []string{s.T.Indicators[i].Name.In(s.M.Lang), s.M.Colon, s.kind(i), s.M.Semi, s.M.Scenario, " ", text, s.M.Semi, verdict, s.M.Stop} {
		b.WriteString(part)
	}
	return b.String()
}

// CapTitle is "城镇登记失业率：上限 4.5%"; CapLine labels the cap's line.
func (s Scene) CapTitle(i int) string {
	in := s.T.Indicators[i]
	return i18n.Fill(s.M.CapTitle, in.Name.In(s.M.Lang), i18n.Value(in.Value, -1, in.Unit))
}

// CapLine labels the line drawn at the cap: "上限 4.5%".
func (s Scene) CapLine(i int) string {
	in := s.T.Indicators[i]
	return i18n.Fill(s.M.CapLine, i18n.Value(in.Value, -1, in.Unit))
}

// CapMark is the line drawn at the cap, as ECharts markLine data.
type CapMark struct {
	Name  string  `json:"name"`
	XAxis float64 `json:"xAxis"`
	Label Label   `json:"label"`
}

// CapMark is the line of indicator i's cap.
func (s Scene) CapMark(i int) CapMark {
	line := s.CapLine(i)
	return CapMark{Name: line, XAxis: s.T.Indicators[i].Value, Label: Label{Show: true, Position: "end", Formatter: line, Color: ColorLine}}
}

// AreaEdge is one edge of a marked area along the x axis.
type AreaEdge struct {
	Name  string  `json:"name,omitempty"`
	XAxis float64 `json:"xAxis"`
}

// OverCap is the area beyond indicator i's cap, as ECharts markArea data.
func (s Scene) OverCap(i int) Area {
	in := s.T.Indicators[i]
	return Area{{Name: s.M.OverCap, XAxis: in.Value}, {XAxis: in.Scenario.Max}}
}

// CapScenario is the bar of a cap chart.
func (s Scene) CapScenario(i int) Items { return Items{s.texts(i).item} }

// CapTexts are the subtitle (the verdict and margin) and the aria
// description of a cap chart.
func (s Scene) CapTexts(i int) (sub, desc string) {
	sub = s.M.Scenario + " " + s.scenarioValue(i) + " · " + s.verdictLine(i)
	return sub, s.T.Indicators[i].Name.In(s.M.Lang) + s.M.Stop + s.kind(i) + s.M.Stop + sub + s.M.Stop
}

// Projected is one computed index of the projection chart.
type Projected struct {
	Key   string // its series ids are Key+"-target" and Key+"-scenario"
	Name  string
	Index model.Pair
	Color string
}

// Projections are the computed indices: GDP, and total energy use when the
// targets name an energy intensity indicator.
func (s Scene) Projections() []Projected {
	p := s.R.Projection
	all := []Projected{{"gdp", s.M.GDPIndex, p.GDP, ColorMet}}
	if p.HasEnergy {
		all = append(all, Projected{"energy", s.M.EnergyIndex, p.Energy, ColorEnergy})
	}
	return all
}

// Years are the base year and the target year.
func (s Scene) Years() []string {
	return []string{strconv.Itoa(s.T.BaseYear), strconv.Itoa(s.T.Year)}
}

// ProjectionLine is p's line from 100 in the base year to its index in the
// target year, at the target rates (labelled "目标" on the left of its end)
// or at the scenario's ("情景", on the right).
func (s Scene) ProjectionLine(p Projected, scenario bool) Items {
	which, v, side := s.M.Target, p.Index.Target, "left"
	if scenario {
		which, v, side = s.M.Scenario, p.Index.Scenario, "right"
	}
	point := func(x float64, text string, shift float64) Item {
		l := Label{Show: text != "", Position: side, Formatter: text, Color: p.Color}
		if shift != 0 {
			l.Offset = []float64{0, shift}
		}
		return Item{
			Value:     x,
			Label:     l,
			ItemStyle: ItemStyle{Color: p.Color},
			Tooltip:   Tip(p.Name+" · "+which, s.M.Computed+s.M.Colon+i18n.Number(x, 2), s.M.ProjectionSub),
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

// ProjectionTitle is "推算（示意）：2014年 = 100".
func (s Scene) ProjectionTitle() string {
	return i18n.Fill(s.M.ProjectionTitle, strconv.Itoa(s.T.BaseYear))
}

// ProjectionTexts are the subtitle and the aria description of the
// projection chart.
func (s Scene) ProjectionTexts() (sub, desc string) {
	sub = s.M.ProjectionSub
	desc = s.ProjectionTitle() + s.M.Stop + sub + s.M.Stop
	for _, p := range s.Projections() {
		desc += p.Name + s.M.Colon + s.M.Target + " " + i18n.Number(p.Index.Target, 2) + s.M.Semi + s.M.Scenario + " " + i18n.Number(p.Index.Scenario, 2) + s.M.Stop
	}
	return sub, desc
}
