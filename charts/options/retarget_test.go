package options

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	xc "xigong/charts"
	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/jsoncheck"
	"xigong/model"
)

// TestRetargetEqualsBuild checks that options made in the browser from the
// prerendered options of the bundled targets equal what this package builds
// for other targets.
func TestRetargetEqualsBuild(t *testing.T) {
	seed, r := fixture.Evaluate(t, nil)
	tests := []struct {
		name string
		edit func(t *data.Targets)
	}{
		{"the same targets", func(*data.Targets) {}},
		{"fewer growth targets, no energy, another year", func(t *data.Targets) {
			t.Indicators = append(t.Indicators[:3], t.Indicators[4:7]...) // no income, no energy
			t.Indicators = append(t.Indicators, seedIndicator("unemployment"))
			t.Projection.EnergyIntensity = ""
			t.Year, t.BaseYear = 2016, 2015
		}},
		{"three caps", func(t *data.Targets) {
			pm := seedIndicator("unemployment")
			pm.ID, pm.Name, pm.Quote, pm.Value, pm.Unit = "pm25", data.Text{ZH: "细颗粒物浓度", EN: "PM2.5"}, "控制在60以内", 60, "‰"
			pm.Scenario = data.Range{Min: 20, Max: 120, Step: 1}
			t.Indicators = append(t.Indicators, pm)
		}},
		{"no caps, no projection", func(t *data.Targets) {
			t.Indicators = t.Indicators[:8]
			t.Projection = data.Projection{}
		}},
	}
	for _, lang := range []string{"zh", "en"} {
		var templates []xc.Chart
		b, err := json.Marshal(Build(seed, r, lang))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &templates); err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			t.Run(lang+"/"+tt.name, func(t *testing.T) {
				ts, err := data.Seed()
				if err != nil {
					t.Fatal(err)
				}
				tt.edit(ts)
				if err := ts.Validate(); err != nil {
					t.Fatalf("test targets invalid: %v", err)
				}
				s := model.Targets(ts)
				s[0] = 7.7
				res := model.Evaluate(ts, s)
				got, err := xc.Retarget(templates, ts, res, lang)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range got {
					jsoncheck.Same(t, c)
				}
				gb, wb := canonical(t, got), canonical(t, Build(ts, res, lang))
				if !bytes.Equal(gb, wb) {
					t.Errorf("Retarget() differs from Build():\n got %.600s\nwant %.600s", diffStart(gb, wb), diffStart(wb, gb))
				}
			})
		}
	}
}

func TestRetargetWithoutTemplates(t *testing.T) {
	ts, r := fixture.Evaluate(t, nil)
	_, err := xc.Retarget(nil, ts, r, "zh")
	if err == nil || err.Error() != "charts: retarget: no template for chart growth" {
		t.Errorf("Retarget(no templates) error = %v; want charts: retarget: no template for chart growth", err)
	}
	bad := []xc.Chart{{ID: "growth", Option: map[string]any{"baseOption": map[string]any{"title": map[string]any{}}}}}
	_, err = xc.Retarget(bad, ts, r, "zh")
	if err == nil || !strings.HasPrefix(err.Error(), "charts: retarget: chart growth: the template has no baseOption.aria") {
		t.Errorf("Retarget(bad template) error = %v; want the missing field named", err)
	}
}

func seedIndicator(id string) data.Indicator {
	ts, err := data.Seed()
	if err != nil {
		panic(err) // the bundled file is tested to parse
	}
	return ts.Indicators[ts.Index(id)]
}

// canonical is v as JSON with every object's keys sorted.
func canonical(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		t.Fatal(err)
	}
	if b, err = json.Marshal(generic); err != nil {
		t.Fatal(err)
	}
	return b
}

// diffStart returns a from a little before where it first differs from b.
func diffStart(a, b []byte) []byte {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[max(0, i-80):]
}
