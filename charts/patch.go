package charts

import (
	"xigong/data"
	"xigong/model"
)

// seriesData is the new data of the series with the given id.
type seriesData struct {
	ID   string `json:"id"`
	Data Items  `json:"data"`
}

// ariaPatch is the part of the aria option a patch replaces.
type ariaPatch struct {
	Label struct {
		Description string `json:"description"`
	} `json:"label"`
}

// patch is the shape every chart's patch takes.
func patch(sub, description string, series ...seriesData) map[string]any {
	var a ariaPatch
	a.Label.Description = description
	return map[string]any{
		"title":  map[string]any{"subtext": sub},
		"aria":   a,
		"series": seriesList(series),
	}
}

// Patch returns, for every chart, the part of its option that depends on the
// scenario, to merge into the whole option with setOption.
func Patch(t *data.Targets, r model.Result, lang string) []Chart {
	return patches(t, r, lang, nil, func(string) bool { return true })
}

// PatchChanged is Patch for only the charts that show one of the indicators
// at the indices changed: the others look the same. The texts of the
// indicators come from memo when it has them (see Memo).
func PatchChanged(t *data.Targets, r model.Result, lang string, changed []int, memo *Memo) []Chart {
	want := map[string]bool{}
	for _, i := range changed {
		for _, id := range Shows(t, i) {
			want[id] = true
		}
	}
	return patches(t, r, lang, memo, func(id string) bool { return want[id] })
}

func patches(t *data.Targets, r model.Result, lang string, memo *Memo, want func(id string) bool) []Chart {
	if memo == nil {
		memo = &Memo{}
	}
	s := newScene(t, r, lang, memo)
	var out []Chart
	if len(s.Growth) > 0 && want(GrowthID) {
		sub, desc := s.GrowthTexts()
		out = append(out, Chart{GrowthID, patch(sub, desc, seriesData{ScenarioSeries, s.GrowthScenario()})})
	}
	for _, i := range s.Caps {
		if id := t.Indicators[i].ID; want(id) {
			sub, desc := s.CapTexts(i)
			out = append(out, Chart{id, patch(sub, desc, seriesData{ScenarioSeries, s.CapScenario(i)})})
		}
	}
	if r.Projection.HasGDP && want(ProjectionID) {
		sub, desc := s.ProjectionTexts()
		var series []seriesData
		for _, p := range s.Projections() {
			series = append(series, seriesData{p.Key + "-scenario", s.ProjectionLine(p, true)})
		}
		out = append(out, Chart{ProjectionID, patch(sub, desc, series...)})
	}
	return out
}
