package i18n

import (
	"testing"

	"xigong/data"
	"xigong/model"
)

func TestDescribe(t *testing.T) {
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	in := func(id string) data.Indicator { return ts.Indicators[ts.Index(id)] }
	zh, en := For("zh"), For("en")
	tests := []struct{ name, got, want string }{
		{"growth", zh.KindOf(in("gdp")), "增长目标：不低于 10.5%"},
		{"at least", zh.KindOf(in("revenue")), "增长目标：11% 以上"},
		{"about", en.KindOf(in("income")), "growth target: about 10% (±0.5, an assumption of this tool)"},
		{"reduction", zh.KindOf(in("energy")), "降低目标：降幅不低于 2%"},
		{"cap per mille", en.KindOf(in("population")), "cap: at most 6.7‰"},
		{"verdict missed", zh.VerdictLine(model.Judge(in("gdp"), 9), in("gdp")), "✗ 未达标，差 1.5 个百分点"},
		{"verdict met", en.VerdictLine(model.Judge(in("population"), 6), in("population")), "✓ met, with 0.7 ‰ points to spare"},
		{"scenario value", ScenarioValue(model.Judge(in("gdp"), 9), in("gdp")), "9.0%"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q; want %q", tt.name, tt.got, tt.want)
		}
	}
}
