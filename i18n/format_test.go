package i18n

import (
	"testing"

	"xigong/data"
	"xigong/model"
)

func TestDecimals(t *testing.T) {
	for _, tt := range []struct {
		step float64
		want int
	}{{1, 0}, {0.5, 1}, {0.1, 1}, {0.05, 2}, {0.001, 3}, {1e-7, 4}, {2.5, 1}} {
		if got := Decimals(tt.step); got != tt.want {
			t.Errorf("Decimals(%g) = %d; want %d", tt.step, got, tt.want)
		}
	}
}

func TestFormat(t *testing.T) {
	zh, en := For("zh"), For("en")
	tests := []struct {
		name, got, want string
	}{
		{"value", Value(10.5, 1, "%"), "10.5%"},
		{"value whole", Value(11, -1, "%"), "11%"},
		{"value per mille", Value(6.7, 1, "‰"), "6.7‰"},
		{"negative", Number(-1.5, 1), "−1.5"},
		{"negative zero", Number(-0.0001, 1), "0.0"},
		{"signed positive", Signed(0.5, 1), "+0.5"},
		{"signed zero", Signed(0, 1), "0.0"},
		{"signed negative", Signed(-2, 1), "−2.0"},
		{"margin zh", zh.FormatMargin(-1.5, 1, "%"), "−1.5 个百分点"},
		{"margin en per mille", en.FormatMargin(0.3, 1, "‰"), "+0.3 ‰ points"},
		{"verdict zh", zh.FormatVerdict(true), "✓ 达标"},
		{"verdict en", en.FormatVerdict(false), "✗ missed"},
		{"room zh", zh.FormatRoom(model.Verdict{Met: true, Margin: 0.5}, 1, "%"), "余量 0.5 个百分点"},
		{"short en", en.FormatRoom(model.Verdict{Miss: model.Short, Margin: -1.5}, 1, "%"), "short by 1.5 percentage points"},
		{"default language", For("fr").Lang, "zh"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q; want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestVerdictLine checks every kind of bound on both sides of its limit, in
// both languages: a miss says which way it is missed.
func TestVerdictLine(t *testing.T) {
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
		if got := For("zh").VerdictLine(v, in); got != tt.zh {
			t.Errorf("VerdictLine(%s at %g) in zh = %q; want %q", tt.id, tt.x, got, tt.zh)
		}
		if got := For("en").VerdictLine(v, in); got != tt.en {
			t.Errorf("VerdictLine(%s at %g) in en = %q; want %q", tt.id, tt.x, got, tt.en)
		}
	}
}

func TestValueAndPointsOfAmounts(t *testing.T) {
	m := For("zh")
	tests := []struct{ got, want string }{
		{Value(1100, -1, "万人"), "1100 万人"},
		{Value(4.5, -1, "%"), "4.5%"},
		{Value(6.7, -1, "‰"), "6.7‰"},
		{m.Points("100", "万人"), "100 万人"},
		{m.Points("1.5", "%"), "1.5 个百分点"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q; want %q", tt.got, tt.want)
		}
	}
}
