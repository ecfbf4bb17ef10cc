package charts

import (
	"bytes"
	"encoding/json"
	"testing"

	"xigong/data"
	"xigong/internal/golden"
	"xigong/model"
)

// scenarios are the cases golden-tested in both languages.
var scenarios = []struct {
	name   string
	change map[string]float64
}{
	{"targets", nil},
	{"slower", map[string]float64{"gdp": 9, "income": 11.2, "energy": 1, "unemployment": 4.9, "population": 7.1}},
}

func evaluate(t *testing.T, change map[string]float64) (*data.Targets, model.Result) {
	t.Helper()
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	s := model.Targets(ts)
	for id, x := range change {
		s[ts.Index(id)] = x
	}
	return ts, model.Evaluate(ts, s)
}

func TestGolden(t *testing.T) {
	for _, sc := range scenarios {
		for _, lang := range []string{"zh", "en"} {
			ts, r := evaluate(t, sc.change)
			for _, kind := range []struct {
				name  string
				build func(*data.Targets, model.Result, string) []Chart
			}{{"option", Build}, {"patch", Patch}} {
				name := sc.name + "." + lang + "." + kind.name + ".json"
				t.Run(name, func(t *testing.T) {
					got := marshal(t, kind.build(ts, r, lang))
					again := marshal(t, kind.build(ts, r, lang))
					if !bytes.Equal(got, again) {
						t.Fatalf("%s: two builds differ; want deterministic output", name)
					}
					golden.Check(t, name, got)
				})
			}
		}
	}
}

func marshal(t *testing.T, cs []Chart) []byte {
	t.Helper()
	b, err := json.MarshalIndent(cs, "", " ")
	if err != nil {
		t.Fatalf("json.MarshalIndent: %v", err)
	}
	return append(b, '\n')
}
