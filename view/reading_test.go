package view

import (
	"strings"
	"testing"

	"xigong/reading"
)

// TestReading: every clause is shown with what it was read as, and every
// number that is not a target with why, escaped, in each language.
func TestReading(t *testing.T) {
	cs := reading.Read("2026年主要预期目标：一、地区生产总值增长6%左右；二、国际收支基本平衡<b>。")
	for _, tt := range []struct {
		lang string
		want []string
	}{
		{"zh", []string{"读出 2 个目标。", `<q>地区生产总值增长<mark class="n-target">6</mark>%左右</q> <span class="r-what">目标</span>`, "地区生产总值：增长 ≈ 6%",
			`<q><mark class="n-other" title="不是目标的数：年份">2026</mark>年主要预期目标</q>`, "不是目标的数：2026（年份）", "&lt;b&gt;"}},
		{"en", []string{"Targets read: 2.", "numbers that are not targets: 2026 (a year)", `title="numbers that are not targets: a year"`}},
	} {
		got := Reading(cs, nil, tt.lang).String()
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("Reading(%s) = %s\nlacks %q", tt.lang, got, w)
			}
		}
		if strings.Contains(got, "<b>") {
			t.Errorf("Reading(%s) has the text's markup unescaped", tt.lang)
		}
	}
}
