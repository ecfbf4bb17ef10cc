package charts

import (
	"testing"

	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/minijson"
	"xigong/model"
)

// TestMemo walks one memo through a series of changes, a change of language
// and other targets, and checks that every patch is the one built without
// it.
func TestMemo(t *testing.T) {
	seed := fixture.Seed(t)
	renamed := fixture.Seed(t) // as many indicators, other names
	for i := range renamed.Indicators {
		renamed.Indicators[i].Name.EN += " (B)"
	}
	hostile := fixture.File(t, "../data/testdata/hostile.json")
	moved := map[string]float64{"gdp": 12, "revenue": 3, "energy": 1, "population": 7.1}
	steps := []struct {
		name    string
		targets *data.Targets
		lang    string
		change  map[string]float64 // by indicator id, from the targets
	}{
		{"targets", seed, "zh", nil},
		{"GDP missed", seed, "zh", map[string]float64{"gdp": 9}},
		{"GDP back, a cap missed", seed, "zh", map[string]float64{"unemployment": 4.9}},
		{"the same in English", seed, "en", map[string]float64{"unemployment": 4.9}},
		{"four moved", seed, "en", moved},
		{"targets of other names", renamed, "en", moved},
		{"other targets", hostile, "en", nil},
		{"the bundled targets again", seed, "en", map[string]float64{"gdp": 12}},
	}
	var memo Memo
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			ts := st.targets
			s := model.AtTargets(ts)
			for id, x := range st.change {
				s[ts.Index(id)] = x
			}
			r := model.Evaluate(ts, s)
			all := make([]int, len(ts.Indicators))
			for i := range all {
				all[i] = i
			}
			got, want := encode(t, PatchChanged(ts, r, st.lang, all, &memo)), encode(t, Patch(ts, r, st.lang))
			if got != want {
				t.Errorf("PatchChanged() with the memo =\n%s\nwant (built afresh)\n%s", got, want)
			}
		})
	}
}

func encode(t *testing.T, cs []Chart) string {
	t.Helper()
	var e minijson.Encoder
	minijson.List(&e, cs)
	b, err := e.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
