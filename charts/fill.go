package charts

import (
	"errors"
	"slices"

	"xigong/data"
	"xigong/internal/minijson"
	"xigong/model"
)

// The kinds of chart: each has one skeleton (package charts/skeleton) and
// one fill (growth.go, cap.go, projection.go).
const (
	GrowthKind     = "growth"
	LevelKind      = "level"
	ProjectionKind = "projection"
)

// Skeletons are the data-free options of each kind of chart, by kind, as
// generic JSON values ({"baseOption": {...}, "media": [...]}): axes, grids,
// title and legend places, styles and the media rules for narrow frames.
// Package charts/skeleton lays them out with go-echarts at build time; the
// page carries them, so that the module fills them for a reader's targets.
type Skeletons map[string]any

// obj is a JSON object of an option or of a fill.
type obj = map[string]any

// KindOf returns the kind of chart id in t.
func KindOf(id string) string {
	switch {
	case IsRows(id):
		return GrowthKind // the skeleton of a chart of rows
	case id == ProjectionID:
		return ProjectionKind
	}
	return LevelKind
}

// fill returns what chart id shows of the scene, as the part of its
// baseOption that comes from the targets and the scenario: all of it when
// whole, or else only what a change of the scenario alters (series by id),
// to merge with setOption.
func (s Scene) fill(id string, whole bool) obj {
	switch {
	case IsRows(id):
		return s.rowsFill(id, whole)
	case id == ProjectionID:
		return s.projectionFill(whole)
	}
	return s.levelFill(s.targets.Index(id), whole)
}

// mediaFill returns what chart id's rules for narrow frames take from the
// targets (merged into its skeleton's rules, in order), or nil.
func (s Scene) mediaFill(id string) []any {
	if IsRows(id) {
		return s.rowsMedia(id)
	}
	return nil
}

// titled are the title, subtitle and aria description of a fill; title is
// left out of a patch (it does not change with the scenario).
func titled(whole bool, title, sub, desc string) obj {
	t := obj{"subtext": sub}
	if whole {
		t["text"] = title
	}
	return obj{"title": t, "aria": obj{"label": obj{"description": desc}}}
}

// Options returns the whole option of every chart of targets t at scenario
// r, in the order of IDs: each chart's skeleton filled with what it shows,
// its tooltip's place, the chart's own box (see tooltipIn), and the fonts
// of lang.
// The build prerenders them; the module makes them for a reader's targets.
func Options(sk Skeletons, t *data.Targets, r model.Result, lang string) ([]Chart, error) {
	s := NewScene(t, r, lang)
	ids := IDs(t)
	out := make([]Chart, len(ids))
	for k, id := range ids {
		skel, ok := sk[KindOf(id)].(map[string]any)
		if !ok || skel["baseOption"] == nil {
			return nil, errors.New("charts: no skeleton of kind " + KindOf(id) + " for chart " + id)
		}
		base := s.fill(id, true)
		base["tooltip"] = tooltipIn(id)
		base["textStyle"] = obj{"fontFamily": s.msgs.Fonts}
		f := obj{"baseOption": base}
		if m := s.mediaFill(id); m != nil {
			f["media"] = m
		}
		o := Merge(skel, f).(map[string]any)
		out[k] = Chart{ID: id, Option: o}
	}
	return out, nil
}

// tooltipIn returns the part of chart id's tooltip option that names its
// place: the chart's own box (where ECharts puts it by default). Named,
// ECharts takes it as the tooltip's container; unnamed, it reads the box's
// computed position at every update, to make it a container, which forces
// the browser to recompute the page's styles in the middle of each change
// (a fifth of a move's time at 4× CPU; see docs/performance.md). The box is
// positioned by the page's style sheet (.chart-box). A named container
// takes a path of zrender that misplaced tooltips after a tap on a scrolled
// page, which the build mends (cmd/assemble/patch.go).
func tooltipIn(id string) obj { return obj{"appendTo": "#" + BoxID(id)} }

// Patch returns, for every chart, the part of its option that depends on the
// scenario, to merge into the whole option with setOption.
func Patch(t *data.Targets, r model.Result, lang string) []Chart {
	return patches(NewScene(t, r, lang), IDs(t))
}

// PatchChanged is Patch for only the charts that show one of the indicators
// at the indices changed: the others look the same. The texts of the
// indicators come from memo when it has them (see Memo).
func PatchChanged(t *data.Targets, r model.Result, lang string, changed []int, memo *Memo) []Chart {
	s := newScene(t, r, lang, memo)
	var ids []string
	for _, id := range s.ids() {
		for _, i := range changed {
			if slices.Contains(s.shows(i), id) {
				ids = append(ids, id)
				break
			}
		}
	}
	return patches(s, ids)
}

func patches(s Scene, ids []string) []Chart {
	out := make([]Chart, len(ids))
	for k, id := range ids {
		out[k] = Chart{ID: id, Option: s.fill(id, false)}
	}
	return out
}

// Merge returns fill laid over skeleton, as ECharts' setOption would merge
// them into a new chart: objects member by member; a list element by
// element, each merged over the skeleton's element at the same index modulo
// the skeleton list's length (so that a skeleton's pattern of series repeats
// for as many as the targets need); anything else is the fill's. Neither
// argument is changed; the result shares the fill's leaves.
func Merge(skeleton, fill any) any {
	switch f := fill.(type) {
	case map[string]any:
		s, _ := skeleton.(map[string]any)
		out := make(map[string]any, len(s)+len(f))
		for k, v := range s {
			out[k] = minijson.Clone(v)
		}
		for k, v := range f {
			out[k] = Merge(s[k], v)
		}
		return out
	case []any:
		s, _ := skeleton.([]any)
		out := make([]any, len(f))
		for i, v := range f {
			var under any
			if len(s) > 0 {
				under = s[i%len(s)]
			}
			out[i] = Merge(under, v)
		}
		return out
	case nil:
		return minijson.Clone(skeleton)
	}
	return fill
}
