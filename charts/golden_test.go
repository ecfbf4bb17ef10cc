package charts

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"xigong/data"
	"xigong/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

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
					golden(t, name, got)
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

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./charts -update and review the diff\n got: %.400s", path, got)
	}
}
