package view

import (
	"strings"
	"testing"

	"xigong/charts"
	"xigong/data"
	"xigong/model"
)

func TestWithDrawings(t *testing.T) {
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	s := Render(ts, model.Evaluate(ts, model.AtTargets(ts)), "zh")
	three := []string{`<svg viewBox="0 0 1 1"></svg>`, `<svg viewBox="0 0 2 2"></svg>`, `<svg viewBox="0 0 3 3"></svg>`}
	tests := []struct {
		name    string
		drawing Drawing
		want    string // in the body; "" when an error is wanted
	}{
		{"in its box", Drawing{ID: "growth", Label: "a <b>", SVG: three},
			`<div class="chart-box" id="chart-growth"><div class="drawn" role="img" aria-label="a &lt;b&gt;"><svg class="w0" preserveAspectRatio="xMinYMin meet" aria-hidden="true" viewBox="0 0 1 1"></svg><svg class="w1"`},
		{"no such chart", Drawing{ID: "nope", SVG: three}, ""},
		{"a size missing", Drawing{ID: "growth", SVG: three[:2]}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.WithDrawings([]Drawing{tt.drawing})
			if tt.want == "" {
				if err == nil {
					t.Errorf("WithDrawings() error = nil; want an error")
				}
				return
			}
			if err != nil || !strings.Contains(got.Body.String(), tt.want) {
				t.Errorf("WithDrawings() = %v, body without %q", err, tt.want)
			}
		})
	}
}

func TestDrawnStyle(t *testing.T) {
	got := DrawnStyle([]string{charts.GrowthID, charts.ProjectionID})
	for _, want := range []string{
		// the wide layout's first drawing from just over Narrow, the next at its own width
		`@container (min-width:521px){#chart-growth .w0{display:none}#chart-growth .w1{display:block}}`,
		`@container (min-width:834px){#chart-growth .w1{display:none}#chart-growth .w2{display:block}}`,
		`@container (min-width:1238px){#chart-projection .w1{display:none}#chart-projection .w2{display:block}}`,
		`[data-chart=projection] .pair:not(:has(#fig-projection)):not(:has(.slider[data-charts~=projection]))`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("DrawnStyle() lacks %q", want)
		}
	}
}
