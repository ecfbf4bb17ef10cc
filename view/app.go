package view

import (
	"slices"
	"strings"

	"xigong/charts"
	"xigong/data"
	"xigong/fragment"
	"xigong/i18n"
	"xigong/internal/safehtml"
	"xigong/model"
)

// App is the state of one page: the targets, the language and the scenario.
type App struct {
	t    *data.Targets
	lang string
	s    model.Scenario
	memo charts.Memo // the chart texts of each indicator's latest value
}

// NewApp starts with every indicator at its target.
func NewApp(t *data.Targets, lang string) *App {
	return &App{t: t, lang: lang, s: model.AtTargets(t)}
}

// Lang is the language the app writes in: "zh" or "en".
func (a *App) Lang() string { return a.lang }

// Init restores the scenario of a URL fragment (see package fragment; "" for
// the targets) and returns its live state, with the chart patches that bring
// the prerendered charts (drawn at the targets) to it: none at the targets.
// What the fragment had that could not be used is in Live.Notice.
func (a *App) Init(frag string) Live {
	s, notes := fragment.Decode(a.t, frag)
	a.s = s
	r := model.Evaluate(a.t, a.s)
	var l Live
	if slices.Equal(a.s, model.AtTargets(a.t)) {
		l = update(a.t, r, a.lang, nil, nil)
	} else {
		l = Update(a.t, r, a.lang)
	}
	if len(notes) > 0 {
		m := i18n.For(a.lang)
		texts := make([]string, len(notes))
		for i, n := range notes {
			texts[i] = n.In(a.t, m)
		}
		l.Notice = m.LinkNotice + strings.Join(texts, m.Semi)
	}
	return l
}

// Set replaces the scenario with values (one per indicator, in order; NaN or
// a missing value means the target) and returns the new live state, with the
// rows of the indicators that changed and patches for the charts that show
// them.
func (a *App) Set(values []float64) Live {
	l := a.Peek(values)
	a.Commit(values)
	return l
}

// Peek is Set without the change: the live state values would bring from the
// current scenario, which stays. The page asks it while idle for a reader's
// likely next move (web/ahead.js), and Commits the values when the reader
// makes that move.
func (a *App) Peek(values []float64) Live {
	s, r := a.scenario(values)
	changed := []int{}
	for i := range s {
		if s[i] != a.s[i] {
			changed = append(changed, i)
		}
	}
	return update(a.t, r, a.lang, changed, charts.PatchChanged(a.t, r, a.lang, changed, &a.memo))
}

// Commit replaces the scenario with values, as Set does, without building
// the live state (the page has it from Peek).
func (a *App) Commit(values []float64) { a.s, _ = a.scenario(values) }

// scenario is the scenario of values as the model takes them (each
// indicator's value within its slider's range, on its step) and its result.
func (a *App) scenario(values []float64) (model.Scenario, model.Result) {
	s := model.AtTargets(a.t)
	copy(s, values)
	r := model.Evaluate(a.t, s)
	for i, v := range r.Verdicts {
		s[i] = v.Value
	}
	return s, r
}

// Reset puts every indicator back at its target.
func (a *App) Reset() Live { return a.Set(nil) }

// CSV is the current scenario as a CSV file (see CSV).
func (a *App) CSV() ([]byte, error) {
	return CSV(a.t, model.Evaluate(a.t, a.s), a.lang)
}

// Loaded is what the page needs to show other targets.
//
//jsongen:encode
type Loaded struct {
	Static  Static         `json:"static"`
	Options []charts.Chart `json:"options"`
	Live    Live           `json:"live"`
}

// Load parses and validates a targets file and, when it is valid, makes the
// app show it, at its targets: the page (with the proofreading desk of a
// reader's v2 file: see Desk), the whole chart options (the page's
// skeletons filled; see charts.Options) and the live state. When it
// is not, the app keeps its targets and the error is a data.Errors listing
// every field.
func (a *App) Load(file []byte, sk charts.Skeletons) (Loaded, error) {
	t, err := data.Parse(file)
	if err != nil {
		return Loaded{}, err
	}
	r := model.Evaluate(t, model.AtTargets(t))
	opts, err := charts.Options(sk, t, r, a.lang)
	if err != nil {
		return Loaded{}, err
	}
	a.t, a.s = t, model.AtTargets(t)
	var desk []safehtml.HTML
	corrected := map[string]bool{}
	if f, err := data.ParseV2(file); err == nil { // a v2 file: a reader's, to proofread
		desk = append(desk, Desk(f, a.lang))
		for _, in := range f.Indicators {
			corrected[in.ID] = in.Corrected
		}
	}
	return Loaded{Static: render(t, r, a.lang, corrected, desk), Options: opts, Live: a.Init("")}, nil
}
