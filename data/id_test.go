package data

import (
	"regexp"
	"strings"
	"testing"
)

// TestIDPattern checks that IDPattern, which the page's scripts test ids
// with, accepts exactly the ids validID does.
func TestIDPattern(t *testing.T) {
	re := regexp.MustCompile(IDPattern)
	for _, id := range []string{
		"", "a", "gdp", "cpi-2", "a-", "z9", "A", "1a", "-a", "gdp_2", "gdp 2", "国内",
		"a" + strings.Repeat("b", 30), "a" + strings.Repeat("b", 31), "a" + strings.Repeat("b", 32),
		"gdp\n", "\ngdp",
	} {
		if got, want := re.MatchString(id), validID(id); got != want {
			t.Errorf("IDPattern matches %q = %v; want %v (validID)", id, got, want)
		}
	}
}

// TestReserved: the ids of the charts of several indicators are no
// indicator's: growth, projection, levels and levels-N for a second unit's
// levels on.
func TestReserved(t *testing.T) {
	for _, tt := range []struct {
		id   string
		want bool
	}{
		{"growth", true}, {"projection", true}, {"levels", true}, {"levels-2", true}, {"levels-12", true}, {"levels-99999999999999999999", true},
		{"levels-", false}, {"levels-02", false}, {"levels-x", false}, {"levels-+2", false}, {"levels--2", false}, {"levels2", false}, {"levels-of-debt", false}, {"gdp", false},
	} {
		if got := Reserved(tt.id); got != tt.want {
			t.Errorf("Reserved(%q) = %v; want %v", tt.id, got, tt.want)
		}
	}
}
