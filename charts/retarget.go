package charts

import (
	"errors"
	"math"
	"strconv"

	"xigong/data"
	"xigong/internal/minijson"
	"xigong/model"
)

// Retarget makes the whole options of targets t, in the browser, from
// templates: the whole options of other targets, as package charts/options
// built them at build time (decoded from JSON), in the same language. The
// layout stays the templates'; Retarget replaces everything that depends on
// the data: names, values, titles, texts, axis ranges, the cap's line and
// area, the projection's series. A test checks that the result equals what
// charts/options builds for t.
func Retarget(templates []Chart, t *data.Targets, r model.Result, lang string) ([]Chart, error) {
	tpl := map[string]map[string]any{}
	for _, c := range templates {
		kind := c.ID
		if kind != GrowthID && kind != ProjectionID {
			kind = "cap"
		}
		if _, ok := tpl[kind]; !ok {
			tpl[kind] = c.Option
		}
	}
	s := NewScene(t, r, lang)
	var out []Chart
	if len(s.Growth) > 0 {
		o, err := retarget(tpl[GrowthID], GrowthID, func(base obj) {
			sub, desc := s.GrowthTexts()
			texts(base, s.M.GrowthTitle, sub, desc)
			names := make([]string, len(s.Growth))
			for k, i := range s.Growth {
				names[k] = s.AxisName(i)
			}
			base.list("yAxis").at(0).set("data", names)
			series := base.list("series")
			series.at(0).set("data", s.TargetItems())
			series.at(1).set("data", s.GrowthScenario())
		})
		if err != nil {
			return nil, err
		}
		out = append(out, Chart{GrowthID, o})
	}
	for _, i := range s.Caps {
		in := t.Indicators[i]
		o, err := retarget(tpl["cap"], in.ID, func(base obj) {
			sub, desc := s.CapTexts(i)
			texts(base, s.CapTitle(i), sub, desc)
			x := base.list("xAxis").at(0)
			x.set("min", math.Min(0, in.Scenario.Min))
			x.set("max", in.Scenario.Max)
			x.obj("axisLabel").set("formatter", "{value}"+in.Unit)
			series := base.list("series").at(0)
			series.set("data", s.CapScenario(i))
			series.obj("markLine").set("data", capMarks{s.CapMark(i)})
			series.obj("markArea").set("data", areas{s.OverCap(i)})
		})
		if err != nil {
			return nil, err
		}
		out = append(out, Chart{in.ID, o})
	}
	if r.Projection.HasGDP {
		o, err := retarget(tpl[ProjectionID], ProjectionID, func(base obj) {
			sub, desc := s.ProjectionTexts()
			texts(base, s.ProjectionTitle(), sub, desc)
			base.list("xAxis").at(0).set("data", s.Years())
			byID := map[string]any{}
			for _, sr := range base.list("series").items {
				if m, ok := sr.(map[string]any); ok {
					if id, ok := m["id"].(string); ok {
						byID[id] = m
					}
				}
			}
			var series []any
			for _, p := range s.Projections() {
				for _, which := range []struct {
					suffix, name string
					scenario     bool
				}{{"-target", s.M.Target, false}, {"-scenario", s.M.Scenario, true}} {
					m, ok := byID[p.Key+which.suffix].(map[string]any)
					if !ok {
						base.fail("series[id=" + p.Key + which.suffix + "]")
						return
					}
					m["name"] = p.Name + " · " + which.name
					m["data"] = s.ProjectionLine(p, which.scenario)
					series = append(series, m)
				}
			}
			base.set("series", series)
		})
		if err != nil {
			return nil, err
		}
		out = append(out, Chart{ProjectionID, o})
	}
	return out, nil
}

// retarget copies template and lets edit change the copy's baseOption.
func retarget(template map[string]any, id string, edit func(base obj)) (map[string]any, error) {
	if template == nil {
		return nil, errors.New("charts: retarget: no template for chart " + id)
	}
	o := minijson.Clone(template).(map[string]any)
	base := obj{m: asMap(o["baseOption"]), path: "baseOption", err: new(errHolder)}
	if base.m == nil {
		return nil, errors.New("charts: retarget: chart " + id + ": the template has no baseOption")
	}
	edit(base)
	if base.err.err != nil {
		return nil, errors.New("charts: retarget: chart " + id + ": " + base.err.err.Error())
	}
	return o, nil
}

// texts sets a chart's title, subtitle and aria description.
func texts(base obj, title, sub, desc string) {
	t := base.obj("title")
	t.set("text", title)
	t.set("subtext", sub)
	base.obj("aria").obj("label").set("description", desc)
}

// obj is a JSON object being edited; the first missing field is kept in err
// (shared by every obj derived from it), so that an edit reads straight and
// is checked once at its end.
type obj struct {
	m    map[string]any
	path string
	err  *errHolder
}

type errHolder struct{ err error }

func (o obj) fail(field string) {
	if o.err != nil && o.err.err == nil {
		o.err.err = errors.New("the template has no " + o.path + "." + field)
	}
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any) // the zero value marks a missing object
	return m
}

func (o obj) obj(field string) obj {
	c := obj{m: asMap(o.m[field]), path: o.path + "." + field, err: o.err}
	if c.m == nil {
		o.fail(field)
	}
	return c
}

func (o obj) set(field string, v any) {
	if o.m != nil {
		o.m[field] = v
	}
}

// list is a JSON array being edited.
type list struct {
	items []any
	path  string
	err   *errHolder
}

func (o obj) list(field string) list {
	items, ok := o.m[field].([]any)
	if !ok {
		o.fail(field)
	}
	return list{items: items, path: o.path + "." + field, err: o.err}
}

func (l list) at(i int) obj {
	if i < len(l.items) {
		if m := asMap(l.items[i]); m != nil {
			return obj{m: m, path: l.path + "[" + strconv.Itoa(i) + "]", err: l.err}
		}
	}
	o := obj{path: l.path, err: l.err}
	o.fail("[" + strconv.Itoa(i) + "]")
	return o
}
