package options

import (
	"bytes"
	"encoding/json"
	"testing"

	xc "xigong/charts"
	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/golden"
	"xigong/model"
)

func TestBuildGolden(t *testing.T) {
	fixture.Each(t, func(t *testing.T, name string, ts *data.Targets, r model.Result, lang string) {
		got := golden.JSON(t, Build(ts, r, lang))
		if again := golden.JSON(t, Build(ts, r, lang)); !bytes.Equal(got, again) {
			t.Fatalf("%s: two builds differ; want deterministic output", name)
		}
		golden.Check(t, name+".option.json", got)
	})
}

// TestPatchesMergeIntoOptions checks that every series a patch names exists
// in the whole option with the same id, so that setOption merges it.
func TestPatchesMergeIntoOptions(t *testing.T) {
	ts, r := fixture.Evaluate(t, fixture.Scenarios[1].Change)
	full, patches := Build(ts, r, "zh"), xc.Patch(ts, r, "zh")
	if len(full) != len(patches) {
		t.Fatalf("%d options, %d patches; want as many", len(full), len(patches))
	}
	for k := range full {
		b, err := json.Marshal(full[k].Option["baseOption"].(map[string]any)["series"])
		if err != nil {
			t.Fatal(err)
		}
		pb, err := json.Marshal(patches[k].Option["series"])
		if err != nil {
			t.Fatal(err)
		}
		var fs, ps []struct {
			ID   string          `json:"id"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(b, &fs); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(pb, &ps); err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			found := false
			for _, f := range fs {
				if f.ID == p.ID {
					found = true
					if !bytes.Equal(f.Data, p.Data) {
						t.Errorf("chart %s series %s: patch data differs from the whole option's at the same scenario", full[k].ID, p.ID)
					}
				}
			}
			if !found {
				t.Errorf("chart %s: patch names series %q, which the option lacks", full[k].ID, p.ID)
			}
		}
	}
}
