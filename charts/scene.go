package charts

import (
	"slices"
	"strconv"

	"xigong/data"
	"xigong/describe"
	"xigong/i18n"
	"xigong/internal/tmpl"
	"xigong/model"
)

// Fixed ids of the charts that do not come from an indicator id (package
// data reserves them). Levels of one unit share a chart of rows when there
// are two or more of like size (LevelsID, then LevelsID-2, …: see
// levelGroups); any other level (e.g. "unemployment", "population" on
// Xigong's page) is charted under its indicator's id.
const (
	GrowthID     = data.GrowthChartID
	LevelsID     = data.LevelsChartID
	ProjectionID = data.ProjectionChartID
)

// Chart is one chart's ECharts option, or a patch of it, ready for
// json.Marshal.
//
//jsongen:encode
type Chart struct {
	ID     string         `json:"id"`
	Option map[string]any `json:"option"`
}

// BoxID returns the id of the page's element that chart id is drawn in
// (web/page.js finds it by the same name).
func BoxID(id string) string { return "chart-" + id }

// IDs returns the ids of the charts drawn for t, in page order.
func IDs(t *data.Targets) []string { return layout(t).ids() }

// Shows returns the ids of the charts that show indicator i: the growth
// chart, a levels chart of rows or the indicator's own level chart, and
// the projection for the indicators it is computed from.
func Shows(t *data.Targets, i int) []string { return layout(t).shows(i) }

// layout is a scene of t with only which chart shows which indicator, for
// IDs and Shows.
func layout(t *data.Targets) Scene {
	return Scene{targets: t, growth: growthIndices(t), groups: levelGroups(t), levels: levelIndices(t)}
}

func (s Scene) ids() []string {
	var ids []string
	if len(s.growth) > 0 {
		ids = append(ids, GrowthID)
	}
	for _, g := range s.groups {
		ids = append(ids, g.id)
	}
	for _, i := range s.levels {
		ids = append(ids, s.targets.Indicators[i].ID)
	}
	if s.targets.Projection.GDP != "" {
		ids = append(ids, ProjectionID)
	}
	return ids
}

func (s Scene) shows(i int) []string {
	in := s.targets.Indicators[i]
	ids := []string{GrowthID}
	if in.IsLevel() {
		ids = []string{in.ID}
		for _, g := range s.groups {
			if slices.Contains(g.rows, i) {
				ids = []string{g.id}
			}
		}
	}
	if in.ID == s.targets.Projection.GDP || in.ID == s.targets.Projection.EnergyIntensity {
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
		return tmpl.Fill(m.ProjectionTitle, strconv.Itoa(t.BaseYear))
	}
	for _, g := range levelGroups(t) {
		if g.id == id {
			return tmpl.Fill(m.LevelsTitle, g.unit)
		}
	}
	if i := t.Index(id); i >= 0 && t.Indicators[i].IsLevel() {
		return t.Indicators[i].Name.In(lang)
	}
	return ""
}

// Scene is what the charts show of one scenario.
type Scene struct {
	targets *data.Targets
	result  model.Result
	msgs    *i18n.Messages
	// growth and levels are the indicators of the growth chart (all but
	// levels) and of the level charts of their own, as indices into
	// targets.Indicators; groups, the levels that share a chart of rows.
	growth, levels []int
	groups         []group
	memo           *Memo // the scenario texts built, by indicator
}

// NewScene prepares the scenario r of targets t for charting in lang.
func NewScene(t *data.Targets, r model.Result, lang string) Scene {
	return newScene(t, r, lang, &Memo{})
}

// newScene is NewScene keeping its scenario texts in memo.
func newScene(t *data.Targets, r model.Result, lang string, memo *Memo) Scene {
	s := layout(t)
	s.result, s.msgs, s.memo = r, i18n.For(lang), memo
	return s
}

func growthIndices(t *data.Targets) []int {
	var idx []int
	for i, in := range t.Indicators {
		if !in.IsLevel() {
			idx = append(idx, i)
		}
	}
	return idx
}

// axisName is an indicator's name on an axis; a reduction says it is a cut,
// so that every bar of the growth chart reads "higher is better".
func (s Scene) axisName(i int) string {
	in := s.targets.Indicators[i]
	name := in.Name.In(s.msgs.Lang)
	if in.IsCut() {
		name += "\n" + s.msgs.CutSuffix // on a line of its own, not broken inside a word
	}
	return name
}

func (s Scene) kind(i int) string          { return describe.Kind(s.msgs, s.targets.Indicators[i]) }
func (s Scene) scenarioValue(i int) string { return s.textsOf(i).text }
func (s Scene) verdictLine(i int) string   { return s.textsOf(i).verdict }

// scenarioItem is the bar of indicator i's scenario value, which reads text
// with the verdict line verdict: ✓ or ✗, coloured and, when missed,
// hatched; its tooltip has the target and the scenario's verdict.
func scenarioItem(s Scene, i int, text, verdict string) Item {
	in, v := s.targets.Indicators[i], s.result.Verdicts[i]
	mark, color := "✓ ", ColorMet
	if !v.Met {
		mark, color = "✗ ", TextMissed
	}
	return Item{
		Value:     v.Value,
		Label:     Label{Show: true, Position: "right", Formatter: mark + text, Color: color},
		ItemStyle: verdictStyle(v.Met),
		Tooltip: Tip(
			in.Name.In(s.msgs.Lang),
			s.msgs.Quote+s.msgs.Colon+in.Quote,
			s.msgs.Kind+s.msgs.Colon+s.kind(i),
			s.msgs.Scenario+s.msgs.Colon+text,
			verdict,
		),
	}
}
