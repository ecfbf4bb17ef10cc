package charts

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/golden"
	"xigong/model"
)

func TestPatchGolden(t *testing.T) {
	fixture.Each(t, func(t *testing.T, name string, ts *data.Targets, r model.Result, lang string) {
		golden.Check(t, name+".patch.json", golden.JSON(t, Patch(ts, r, lang)))
	})
}

func TestPatchEscapesTooltips(t *testing.T) {
	ts, r := fixture.Evaluate(t, nil)
	ts.Indicators[0].Name.ZH = `<img src=x onerror=alert(1)>`
	b, err := json.Marshal(Patch(ts, r, "zh"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("<img")) || !bytes.Contains(b, []byte(`\u0026lt;img src=x onerror=alert(1)\u0026gt;`)) {
		t.Errorf("Patch() tooltips = %.300s; want the name HTML-escaped", b)
	}
}

func TestShowsAndTitle(t *testing.T) {
	ts, _ := fixture.Evaluate(t, nil)
	tests := []struct {
		id, lang  string
		wantShows string
		wantTitle string
	}{
		{"gdp", "zh", "growth projection", ""},
		{"retail", "zh", "growth", ""},
		{"energy", "en", "growth projection", ""},
		{"unemployment", "zh", "unemployment", "城镇登记失业率"},
		{"population", "en", "population", "Natural population growth rate"},
	}
	for _, tt := range tests {
		if got := strings.Join(Shows(ts, ts.Index(tt.id)), " "); got != tt.wantShows {
			t.Errorf("Shows(%s) = %q; want %q", tt.id, got, tt.wantShows)
		}
		if got := Title(ts, tt.id, tt.lang); got != tt.wantTitle {
			t.Errorf("Title(%s, %s) = %q; want %q", tt.id, tt.lang, got, tt.wantTitle)
		}
	}
	for _, tt := range []struct{ id, lang, want string }{
		{"growth", "en", "Growth targets: target and scenario"},
		{"projection", "zh", "推算（示意）：2014年 = 100"},
		{"nope", "zh", ""},
	} {
		if got := Title(ts, tt.id, tt.lang); got != tt.want {
			t.Errorf("Title(%s, %s) = %q; want %q", tt.id, tt.lang, got, tt.want)
		}
	}
}
