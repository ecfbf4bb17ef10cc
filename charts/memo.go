package charts

import (
	"xigong/data"
	"xigong/describe"
)

// Memo keeps, for each indicator, the texts and the bar of the scenario
// value it had last, so that a change of one indicator builds only its own:
// the growth chart's patch carries the bars of all eight growth indicators,
// each with its label and tooltip. It holds one entry per indicator and
// forgets them all when the targets or the language change. The zero Memo is
// empty; a Memo is not safe for concurrent use.
type Memo struct {
	t       *data.Targets
	lang    string
	entries []scenarioTexts
}

// scenarioTexts are what indicator i's scenario value shows in the charts.
type scenarioTexts struct {
	value   float64 // the scenario value they are for
	ok      bool    // whether the entry holds texts
	text    string  // "9.9%"
	verdict string  // "✗ 未达标，差 0.6 个百分点"
	item    Item    // the bar, with its label and tooltip
	line    string  // its sentence in the growth chart's description, or ""
}

// textsOf returns indicator i's scenario textsOf in s: from s's memo when it
// holds them for the scenario value, else built and kept there.
func (s Scene) textsOf(i int) *scenarioTexts {
	m := s.memo
	if m.t != s.targets || m.lang != s.msgs.Lang || len(m.entries) != len(s.targets.Indicators) {
		*m = Memo{t: s.targets, lang: s.msgs.Lang, entries: make([]scenarioTexts, len(s.targets.Indicators))}
	}
	e := &m.entries[i]
	if v := s.result.Verdicts[i].Value; !e.ok || e.value != v {
		e.value, e.ok = v, true
		e.text = describe.Scenario(s.result.Verdicts[i], s.targets.Indicators[i])
		e.verdict = describe.Verdict(s.msgs, s.result.Verdicts[i], s.targets.Indicators[i])
		e.item = scenarioItem(s, i, e.text, e.verdict)
		e.line = "" // built when a chart of rows asks for it (see rowsTexts)
	}
	return e
}
