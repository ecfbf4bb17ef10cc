package view

import (
	"strconv"
	"strings"

	"xigong/charts"
	"xigong/data"
	"xigong/describe"
	"xigong/fragment"
	"xigong/i18n"
	"xigong/internal/tmpl"
	"xigong/model"
)

// Row is the live state of one indicator: its slider readout, table cells
// and verdict, as text.
//
//jsongen:encode
type Row struct {
	ID      string `json:"id"`
	Value   string `json:"value"`
	Met     bool   `json:"met"`
	Verdict string `json:"verdict"` // "✗ 未达标，差 1.5 个百分点"
	Margin  string `json:"margin"`  // "−1.5 个百分点"
}

// Live is what a scenario change alters on the page.
//
//jsongen:encode
type Live struct {
	Values   []float64 `json:"values"`   // snapped scenario values
	Fragment string    `json:"fragment"` // the scenario as a URL fragment, "" at the targets
	Notice   string    `json:"notice"`   // what a link's scenario had that was not used
	Summary  string    `json:"summary"`
	Missed   string    `json:"missed"`
	Follows  string    `json:"follows"`
	// Rows are those of the indicators whose values changed (all of them
	// at Init); never null.
	Rows []Row `json:"rows"`
	// Projected are the projection's indices at the scenario, by key
	// ("gdp", "energy"), for the projection chart's table; never null.
	Projected []Projected    `json:"projected"`
	Charts    []charts.Chart `json:"charts"` // never null
}

// Projected is one computed index at the scenario, as text: "108.9".
//
//jsongen:encode
type Projected struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

func live(t *data.Targets, r model.Result, m *i18n.Messages, i int) Row {
	in, v := t.Indicators[i], r.Verdicts[i]
	return Row{
		ID:      in.ID,
		Value:   describe.Scenario(v, in),
		Met:     v.Met,
		Verdict: describe.Verdict(m, v, in),
		Margin:  m.FormatMargin(v.Margin, i18n.Decimals(in.Scenario.Step), in.Unit),
	}
}

// Update builds the live state of scenario r, with every row and every
// chart's patch.
func Update(t *data.Targets, r model.Result, lang string) Live {
	return update(t, r, lang, nil, charts.Patch(t, r, lang))
}

// update builds the live state of scenario r with the rows of the indicators
// at the indices in rows (nil: every row) and the chart patches cs.
func update(t *data.Targets, r model.Result, lang string, rows []int, cs []charts.Chart) Live {
	if cs == nil {
		cs = []charts.Chart{} // JSON [], not null
	}
	m := i18n.For(lang)
	l := Live{
		Values:  make([]float64, len(t.Indicators)),
		Summary: tmpl.Fill(m.SummaryAll, strconv.Itoa(r.Met), strconv.Itoa(len(t.Indicators))),
		Follows: follows(t, r, m),
		Rows:    make([]Row, 0, len(t.Indicators)),
		Charts:  cs,
	}
	if rows == nil {
		for i := range t.Indicators {
			l.Rows = append(l.Rows, live(t, r, m, i))
		}
	}
	for _, i := range rows {
		l.Rows = append(l.Rows, live(t, r, m, i))
	}
	var missed []string
	for i, in := range t.Indicators {
		l.Values[i] = r.Verdicts[i].Value
		if !r.Verdicts[i].Met {
			missed = append(missed, in.Name.In(lang)+m.Open+describe.Room(m, r.Verdicts[i], i18n.Decimals(in.Scenario.Step), in.Unit)+m.Close)
		}
	}
	if len(missed) > 0 {
		l.Missed = m.MissedList + strings.Join(missed, m.Semi)
	}
	l.Fragment = fragment.Encode(t, l.Values)
	l.Projected = []Projected{}
	if r.Projection.HasGDP {
		for _, p := range charts.NewScene(t, r, lang).Projections() {
			l.Projected = append(l.Projected, Projected{p.Key, i18n.Number(p.Index.Scenario, 1)})
		}
	}
	return l
}

// follows says what the scenario implies, labelled as computed.
func follows(t *data.Targets, r model.Result, m *i18n.Messages) string {
	p := r.Projection
	if !p.HasGDP {
		return ""
	}
	s := tmpl.Fill(m.FollowsGDP, charts.IndexName(t, m), i18n.Number(p.GDP.Scenario, 1), strconv.Itoa(t.BaseYear))
	if p.HasEnergy {
		s += m.Semi + tmpl.Fill(m.FollowsEnergy, i18n.Signed(p.Energy.Scenario-100, 1)+"%")
	}
	return s + m.Stop
}
