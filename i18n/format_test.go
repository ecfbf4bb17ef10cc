package i18n

import "testing"

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
		{"default language", For("fr").Lang, "zh"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q; want %q", tt.name, tt.got, tt.want)
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
