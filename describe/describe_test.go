package describe

import (
	"testing"

	"xigong/data"
	"xigong/i18n"
	"xigong/model"
)

func TestDescribe(t *testing.T) {
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	in := func(id string) data.Indicator { return ts.Indicators[ts.Index(id)] }
	zh, en := i18n.For("zh"), i18n.For("en")
	tests := []struct{ name, got, want string }{
		{"growth", Kind(zh, in("gdp")), "增长目标：不低于 10.5%"},
		{"at least", Kind(zh, in("revenue")), "增长目标：11% 以上"},
		{"about", Kind(en, in("income")), "growth target: about 10% (±0.5, an assumption of this tool)"},
		{"reduction", Kind(zh, in("energy")), "降低目标：降幅不低于 2%"},
		{"cap per mille", Kind(en, in("population")), "cap: at most 6.7‰"},
		{"verdict missed", Verdict(zh, model.Judge(in("gdp"), 9), in("gdp")), "✗ 未达标，差 1.5 个百分点"},
		{"verdict met", Verdict(en, model.Judge(in("population"), 6), in("population")), "✓ met, with 0.7 ‰ points to spare"},
		{"room zh", Room(zh, model.Verdict{Met: true, Margin: 0.5}, 1, "%"), "余量 0.5 个百分点"},
		{"short en", Room(en, model.Verdict{Miss: model.Short, Margin: -1.5}, 1, "%"), "short by 1.5 percentage points"},
		{"scenario value", Scenario(model.Judge(in("gdp"), 9), in("gdp")), "9.0%"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q; want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestVerdict checks every kind of bound on both sides of its limit, in
// both languages: a miss says which way it is missed.
func TestVerdict(t *testing.T) {
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id     string
		x      float64
		zh, en string
	}{
		{"gdp", 11, "✓ 达标，余量 0.5 个百分点", "✓ met, with 0.5 percentage points to spare"},
		{"gdp", 9.5, "✗ 未达标，差 1.0 个百分点", "✗ missed, short by 1.0 percentage points"},
		{"revenue", 10, "✗ 未达标，差 1.0 个百分点", "✗ missed, short by 1.0 percentage points"},
		{"income", 10.2, "✓ 达标，余量 0.3 个百分点", "✓ met, with 0.3 percentage points to spare"},
		{"income", 10.8, "✗ 未达标，高于目标区间 0.3 个百分点", "✗ missed, 0.3 percentage points above the band"},
		{"income", 9.2, "✗ 未达标，低于目标区间 0.3 个百分点", "✗ missed, 0.3 percentage points below the band"},
		{"energy", 2.5, "✓ 达标，余量 0.5 个百分点", "✓ met, with 0.5 percentage points to spare"},
		{"energy", 1, "✗ 未达标，差 1.0 个百分点", "✗ missed, short by 1.0 percentage points"},
		{"unemployment", 4, "✓ 达标，余量 0.5 个百分点", "✓ met, with 0.5 percentage points to spare"},
		{"unemployment", 5.6, "✗ 未达标，超出上限 1.1 个百分点", "✗ missed, over the cap by 1.1 percentage points"},
		{"population", 7.7, "✗ 未达标，超出上限 1.0 个千分点", "✗ missed, over the cap by 1.0 ‰ points"},
	}
	for _, tt := range tests {
		in := ts.Indicators[ts.Index(tt.id)]
		v := model.Judge(in, tt.x)
		if got := Verdict(i18n.For("zh"), v, in); got != tt.zh {
			t.Errorf("Verdict(%s at %g) in zh = %q; want %q", tt.id, tt.x, got, tt.zh)
		}
		if got := Verdict(i18n.For("en"), v, in); got != tt.en {
			t.Errorf("Verdict(%s at %g) in en = %q; want %q", tt.id, tt.x, got, tt.en)
		}
	}
}
