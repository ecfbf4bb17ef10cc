package view

import (
	"slices"

	"xigong/data"
	"xigong/model"
)

// App is the state of one page: the targets, the language and the scenario.
type App struct {
	t    *data.Targets
	lang string
	s    model.Scenario
}

// NewApp starts with every indicator at its target.
func NewApp(t *data.Targets, lang string) *App {
	return &App{t: t, lang: lang, s: model.Targets(t)}
}

// Init returns the live state of the current scenario, with the chart
// patches that bring the prerendered charts (drawn at the targets) to it:
// none when the scenario is at the targets.
func (a *App) Init() Live {
	r := model.Evaluate(a.t, a.s)
	if slices.Equal(a.s, model.Targets(a.t)) {
		return update(a.t, r, a.lang, nil)
	}
	return Update(a.t, r, a.lang)
}

// Set replaces the scenario with values (one per indicator, in order; NaN or
// a missing value means the target) and returns the new live state.
func (a *App) Set(values []float64) Live {
	s := model.Targets(a.t)
	copy(s, values)
	r := model.Evaluate(a.t, s)
	for i, v := range r.Verdicts {
		s[i] = v.Value
	}
	a.s = s
	return Update(a.t, r, a.lang)
}

// Reset puts every indicator back at its target.
func (a *App) Reset() Live { return a.Set(nil) }

// Targets returns the targets the app shows.
func (a *App) Targets() *data.Targets { return a.t }
