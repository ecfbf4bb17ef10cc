package charts_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"xigong/charts"
	"xigong/charts/skeleton"
	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/golden"
	"xigong/internal/jsoncheck"
	"xigong/model"
)

func skeletons(t *testing.T) charts.Skeletons {
	t.Helper()
	sk, err := skeleton.Build()
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

func options(t *testing.T, ts *data.Targets, r model.Result, lang string) []charts.Chart {
	t.Helper()
	o, err := charts.Options(skeletons(t), ts, r, lang)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestOptionsGolden(t *testing.T) {
	fixture.Each(t, func(t *testing.T, name string, ts *data.Targets, r model.Result, lang string) {
		o := options(t, ts, r, lang)
		for _, c := range o {
			jsoncheck.Same(t, c)
		}
		golden.Check(t, name+".option.json", golden.JSON(t, o))
	})
}

// TestPatchesReachTheWholeOption checks that the charts drawn at the
// targets and patched to a scenario, merged as ECharts' setOption merges
// (objects member by member, series by id), show what the whole option of
// that scenario shows.
func TestPatchesReachTheWholeOption(t *testing.T) {
	fixture.Each(t, func(t *testing.T, _ string, ts *data.Targets, r model.Result, lang string) {
		at := model.Evaluate(ts, model.AtTargets(ts))
		drawn := generic(t, options(t, ts, at, lang))
		want := generic(t, options(t, ts, r, lang))
		var changed []int
		for i := range ts.Indicators {
			changed = append(changed, i)
		}
		for _, patches := range [][]charts.Chart{charts.Patch(ts, r, lang), charts.PatchChanged(ts, r, lang, changed, &charts.Memo{})} {
			got := generic(t, options(t, ts, at, lang))
			for _, p := range generic(t, patches) {
				id := p.(map[string]any)["id"]
				c := find(t, got, id)
				base := c["option"].(map[string]any)["baseOption"].(map[string]any)
				setOption(base, p.(map[string]any)["option"].(map[string]any))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("options at the targets patched to the scenario differ from the options of the scenario")
			}
		}
		if reflect.DeepEqual(drawn, want) && r.Met != len(ts.Indicators) {
			t.Errorf("the options at the targets equal those of a scenario that misses %d targets", len(ts.Indicators)-r.Met)
		}
	})
}

// generic is v as generic JSON values.
func generic(t *testing.T, v any) []any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out []any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func find(t *testing.T, cs []any, id any) map[string]any {
	t.Helper()
	for _, c := range cs {
		if m := c.(map[string]any); m["id"] == id {
			return m
		}
	}
	t.Fatalf("patch of chart %v, which the options lack", id)
	return nil
}

// setOption merges patch into option as ECharts does: series by id, other
// objects member by member, anything else replaced.
func setOption(option, patch map[string]any) {
	for k, v := range patch {
		if k == "series" {
			for _, ps := range v.([]any) {
				found := false
				for _, s := range option["series"].([]any) {
					if s.(map[string]any)["id"] == ps.(map[string]any)["id"] {
						setOption(s.(map[string]any), ps.(map[string]any))
						found = true
					}
				}
				if !found {
					option["series"] = append(option["series"].([]any), ps)
				}
			}
			continue
		}
		if pm, ok := v.(map[string]any); ok {
			if om, ok := option[k].(map[string]any); ok {
				setOption(om, pm)
				continue
			}
		}
		option[k] = v
	}
}

// TestOptionsOfOtherTargets checks the options of targets other than the
// bundled ones, as a reader's file gives them: every chart the targets
// need, each series filled.
func TestOptionsOfOtherTargets(t *testing.T) {
	seed := fixture.Seed(t)
	tests := []struct {
		name       string
		edit       func(t *data.Targets)
		wantIDs    string
		wantSeries []int // the number of series of each chart
	}{
		{"the bundled targets", func(*data.Targets) {}, "growth unemployment population projection", []int{2, 1, 1, 4}},
		{"fewer growth targets, no energy, another year", func(t *data.Targets) {
			t.Indicators = append(t.Indicators[:3], t.Indicators[4:7]...) // no income, no energy
			t.Indicators = append(t.Indicators, seed.Indicators[seed.Index("unemployment")])
			t.Projection.EnergyIntensity = ""
			t.Year, t.BaseYear = 2016, 2015
		}, "growth unemployment projection", []int{2, 1, 2}},
		{"three caps", func(t *data.Targets) {
			pm := seed.Indicators[seed.Index("unemployment")]
			pm.ID, pm.Name, pm.Quote, pm.Value, pm.Unit = "pm25", data.Text{ZH: "细颗粒物浓度", EN: "PM2.5"}, "控制在60微克/立方米以内", 60, "微克/立方米"
			pm.Scenario = data.Span{Min: 20, Max: 120, Step: 1}
			t.Indicators = append(t.Indicators, pm)
		}, "growth unemployment population pm25 projection", []int{2, 1, 1, 1, 4}},
		{"no caps, no projection", func(t *data.Targets) {
			t.Indicators = t.Indicators[:8]
			t.Projection = data.Projection{}
		}, "growth", []int{2}},
		{"caps only", func(t *data.Targets) {
			t.Indicators = t.Indicators[8:]
			t.Projection = data.Projection{}
		}, "unemployment population", []int{1, 1}},
	}
	for _, lang := range []string{"zh", "en"} {
		for _, tt := range tests {
			t.Run(lang+"/"+tt.name, func(t *testing.T) {
				ts := fixture.Seed(t)
				tt.edit(ts)
				if err := ts.Validate(); err != nil {
					t.Fatalf("test targets invalid: %v", err)
				}
				s := model.AtTargets(ts)
				s[0] = 7.7
				got := options(t, ts, model.Evaluate(ts, s), lang)
				var ids []string
				var series []int
				for _, c := range got {
					jsoncheck.Same(t, c)
					ids = append(ids, c.ID)
					base := c.Option["baseOption"].(map[string]any)
					list := base["series"].([]any)
					series = append(series, len(list))
					for k, sr := range list {
						m := sr.(map[string]any)
						if m["id"] == nil || m["name"] == nil || m["data"] == nil || m["type"] == nil {
							t.Errorf("chart %s series %d = %v; want an id, a name, data and a type", c.ID, k, m)
						}
					}
					if title, _ := base["title"].(map[string]any)["text"].(string); !strings.HasPrefix(title, charts.Title(ts, c.ID, lang)) || title == "" {
						t.Errorf("chart %s title = %q; want it to begin with %q", c.ID, title, charts.Title(ts, c.ID, lang))
					}
				}
				if got := strings.Join(ids, " "); got != tt.wantIDs {
					t.Errorf("chart ids = %q; want %q", got, tt.wantIDs)
				}
				if !slices.Equal(series, tt.wantSeries) {
					t.Errorf("series per chart = %v; want %v", series, tt.wantSeries)
				}
			})
		}
	}
}

func TestOptionsWithoutSkeletons(t *testing.T) {
	ts, r := fixture.Evaluate(t, nil)
	_, err := charts.Options(nil, ts, r, "zh")
	if want := "charts: no skeleton of kind growth for chart growth"; err == nil || err.Error() != want {
		t.Errorf("Options(no skeletons) error = %v; want %s", err, want)
	}
	sk := skeletons(t)
	delete(sk, charts.LevelKind)
	_, err = charts.Options(sk, ts, r, "zh")
	if want := "charts: no skeleton of kind level for chart unemployment"; err == nil || err.Error() != want {
		t.Errorf("Options(no level skeleton) error = %v; want %s", err, want)
	}
}

// The growth chart spaces the lines of the names that take two, and only
// those (zrender draws a box under any text with a line height, redrawn at
// every change); its layout for narrow frames spaces every name itself and
// takes them plain.
func TestGrowthNamesSpacing(t *testing.T) {
	ts := fixture.Seed(t)
	for _, tt := range []struct {
		lang   string
		spaced []string // the names with a line height, in order
	}{
		{"zh", []string{"万元GDP能耗\n（降幅）"}},
		{"en", []string{"Retail sales of consumer goods", "Urban and rural residents' income", "Gross regional product", "Fixed-asset investment", "Value added of industry above designated size", "Energy use per 10,000 yuan of GDP\n(cut)"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			var growth map[string]any
			for _, c := range options(t, ts, model.Evaluate(ts, model.AtTargets(ts)), tt.lang) {
				if c.ID == charts.GrowthID {
					growth = c.Option
				}
			}
			b, err := json.Marshal(growth)
			if err != nil {
				t.Fatal(err)
			}
			var o struct {
				BaseOption struct {
					YAxis []struct{ Data []json.RawMessage } `json:"yAxis"`
				} `json:"baseOption"`
				Media []struct {
					Option struct {
						YAxis []struct{ Data []json.RawMessage } `json:"yAxis"`
					} `json:"option"`
				} `json:"media"`
			}
			if err := json.Unmarshal(b, &o); err != nil {
				t.Fatal(err)
			}
			var spaced []string
			for _, d := range o.BaseOption.YAxis[0].Data {
				var item struct {
					Value     string
					TextStyle struct{ LineHeight float64 } `json:"textStyle"`
				}
				if json.Unmarshal(d, &item) == nil {
					if item.TextStyle.LineHeight != 16 {
						t.Errorf("name %q has line height %g; want 16", item.Value, item.TextStyle.LineHeight)
					}
					spaced = append(spaced, item.Value)
				}
			}
			slices.Sort(spaced)
			want := slices.Sorted(slices.Values(tt.spaced))
			if !slices.Equal(spaced, want) {
				t.Errorf("names spaced = %q; want %q", spaced, want)
			}
			if len(o.Media) != 1 || len(o.Media[0].Option.YAxis) != 1 || len(o.Media[0].Option.YAxis[0].Data) != 8 {
				t.Fatalf("narrow rule's names: %+v; want the 8 names", o.Media)
			}
			for _, d := range o.Media[0].Option.YAxis[0].Data {
				var name string
				if err := json.Unmarshal(d, &name); err != nil {
					t.Errorf("narrow rule's name %s; want it plain", d)
				}
			}
		})
	}
}

// Every chart's tooltip is placed in the chart's own box, named: ECharts
// reads the box's computed style at every update when it is not (see
// e2e.TestMovesReadNoLayout). The tooltip stays confined to the chart.
func TestTooltipsInTheirBoxes(t *testing.T) {
	fixture.Each(t, func(t *testing.T, _ string, ts *data.Targets, r model.Result, lang string) {
		for _, c := range options(t, ts, r, lang) {
			base, _ := c.Option["baseOption"].(map[string]any)
			tip, _ := base["tooltip"].(map[string]any)
			if got, want := tip["appendTo"], "#"+charts.BoxID(c.ID); got != want {
				t.Errorf("chart %s: tooltip.appendTo = %v; want %q", c.ID, got, want)
			}
			if tip["confine"] != true {
				t.Errorf("chart %s: tooltip.confine = %v; want true", c.ID, tip["confine"])
			}
		}
	})
}

// levelsTargets are made-up targets whose levels fill three charts of rows:
// a cap and a band in % (levels), two floors in 万人 (levels-2), two caps in
// ‰ (levels-3), beside a growth target.
func levelsTargets() *data.Targets {
	level := func(id, zh string, b data.Bound, v, tol float64, unit string, span data.Span) data.Indicator {
		return data.Indicator{ID: id, Name: data.Text{ZH: zh, EN: id}, Quote: zh, Bound: b, Value: v, Tolerance: tol, Unit: unit, Scenario: span}
	}
	pct := data.Span{Min: 0, Max: 10, Step: 0.1}
	return &data.Targets{Indicators: []data.Indicator{
		level("gdp", "地区生产总值", data.About, 6, 0.5, "%", data.Span{Min: -5, Max: 15, Step: 0.1}),
		level("unemployment", "城镇调查失业率", data.Cap, 5.5, 0, "%", pct),
		level("cpi", "居民消费价格", data.Band, 3, 0.5, "%", pct),
		level("jobs", "城镇新增就业", data.Floor, 12, 0, "万人", data.Span{Min: 0, Max: 24, Step: 0.5}),
		level("rural-jobs", "农村劳动力转移就业", data.Floor, 8, 0, "万人", data.Span{Min: 0, Max: 16, Step: 0.5}),
		level("births", "人口出生率", data.Cap, 12, 0, "‰", data.Span{Min: 0, Max: 24, Step: 0.1}),
		level("population", "人口自然增长率", data.Cap, 6.7, 0, "‰", data.Span{Min: 0, Max: 13.4, Step: 0.1}),
	}}
}

// TestLevelsOptionsGolden: the options of three charts of rows of levels,
// one a unit (their axes' labels, their target bars' labels: caps, floors,
// a band), beside the growth chart.
func TestLevelsOptionsGolden(t *testing.T) {
	ts := levelsTargets()
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			s := model.AtTargets(ts)
			s[1], s[3] = 6, 10 // the cap and a floor missed
			o := options(t, ts, model.Evaluate(ts, s), lang)
			var ids []string
			for _, c := range o {
				ids = append(ids, c.ID)
				jsoncheck.Same(t, c)
			}
			if got, want := strings.Join(ids, " "), "growth levels levels-2 levels-3"; got != want {
				t.Errorf("chart ids = %q; want %q", got, want)
			}
			golden.Check(t, "levels."+lang+".option.json", golden.JSON(t, o))
		})
	}
}
