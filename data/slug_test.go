package data

import "testing"

func TestSlug(t *testing.T) {
	tests := []struct {
		name, s string
		max     int
		want    string
	}{
		{"words", "Gross regional product", 28, "gross-regional-product"},
		{"punctuation and case", "Xigong District (Luoyang)", 60, "xigong-district-luoyang"},
		{"digits", "PM2.5 density", 28, "pm2-5-density"},
		{"no Latin letters", "西工区", 60, ""},
		{"Chinese between words", "GDP 增长 rate", 28, "gdp-rate"},
		{"whole words", "abcdefgh ijk", 8, "abcdefgh"},
		{"no dash left at the cut", "abcdefg hij", 8, "abcdefg"},
		{"no word cut", "abc defgh", 8, "abc"},
		{"one long word cut", "abcdefghijk", 8, "abcdefgh"},
		{"surveyed urban unemployment", "Surveyed urban unemployment rate", 28, "surveyed-urban-unemployment"},
		{"leading separators", "  -- a", 8, "a"},
	}
	for _, tc := range tests {
		if got := Slug(tc.s, tc.max); got != tc.want {
			t.Errorf("%s: Slug(%q, %d) = %q; want %q", tc.name, tc.s, tc.max, got, tc.want)
		}
	}
}
