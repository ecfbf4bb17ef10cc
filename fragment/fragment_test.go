package fragment

import (
	"math"
	"strings"
	"testing"

	"xigong/internal/fixture"
	"xigong/model"
)

func TestRoundTrip(t *testing.T) {
	ts := fixture.Seed(t)
	tests := []struct {
		name   string
		change map[string]float64
		want   string
	}{
		{"targets", nil, ""},
		{"two sliders", map[string]float64{"gdp": 9.8, "unemployment": 4.9}, "v1:gdp=9.8,unemployment=4.9"},
		{"negative per mille", map[string]float64{"population": -1.5}, "v1:population=-1.5"},
		{"zero", map[string]float64{"exports": 0}, "v1:exports=0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := model.Targets(ts)
			for id, x := range tt.change {
				s[ts.Index(id)] = x
			}
			got := Encode(ts, s)
			if got != tt.want {
				t.Fatalf("Encode() = %q; want %q", got, tt.want)
			}
			back, notes := Decode(ts, "#"+got)
			if len(notes) != 0 || !equal(back, s) {
				t.Errorf("Decode(Encode()) = %v, %v; want %v, no notices", back, notes, s)
			}
		})
	}
}

func equal(a, b model.Scenario) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDecodeBadInput(t *testing.T) {
	ts := fixture.Seed(t)
	tests := []struct {
		name      string
		frag      string
		wantGDP   float64
		wantUnemp float64
		want      string // the notices, joined by "; "
	}{
		{"empty", "", 10.5, 4.5, ""},
		{"other version", "v2:gdp=9", 10.5, 4.5, "not a v1 scenario; ignored"},
		{"no prefix", "gdp=9", 10.5, 4.5, "not a v1 scenario; ignored"},
		{"too long", "v1:" + strings.Repeat("x", MaxLen), 10.5, 4.5, "longer than 2048 characters; ignored"},
		{"unknown key kept apart", "v1:gpd=9,unemployment=5", 10.5, 5, "gpd: unknown indicator; ignored"},
		{"no value", "v1:gdp,unemployment=5", 10.5, 5, "gdp: no value; ignored"},
		{"not a number", "v1:gdp=nine", 10.5, 4.5, "gdp: not a number; ignored"},
		{"NaN", "v1:gdp=NaN", 10.5, 4.5, "gdp: not a number; ignored"},
		{"infinity", "v1:gdp=Inf", 10.5, 4.5, "gdp: not a number; ignored"},
		{"above range", "v1:gdp=99", 20, 4.5, "gdp: 99 is out of range; set to 20"},
		{"below range", "v1:unemployment=-3", 10.5, 0, "unemployment: -3 is out of range; set to 0"},
		{"snapped to the step", "v1:gdp=9.04", 9, 4.5, ""},
		{"empty pairs", "v1:,gdp=9,,", 9, 4.5, ""},
		{"long key cut", "v1:" + strings.Repeat("k", 40) + "=1", 10.5, 4.5, strings.Repeat("k", 32) + "…: unknown indicator; ignored"},
		{"script in the key", "v1:<img src=x onerror=alert(1)>=1", 10.5, 4.5, "<img src: unknown indicator; ignored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, notes := Decode(ts, tt.frag)
			var got []string
			for _, n := range notes {
				got = append(got, n.String())
			}
			if s[0] != tt.wantGDP || s[8] != tt.wantUnemp || strings.Join(got, "; ") != tt.want {
				t.Errorf("Decode(%.40q) = gdp %g, unemployment %g, %q; want %g, %g, %q", tt.frag, s[0], s[8], strings.Join(got, "; "), tt.wantGDP, tt.wantUnemp, tt.want)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics, always returns values within
// the sliders' ranges, and that what it returns encodes and decodes to itself.
func FuzzDecode(f *testing.F) {
	// The seeds cover every branch of Decode, the one for a fragment over
	// MaxLen too: else the fuzzer finds it and spends its time minimizing a
	// 2 KB input byte by byte.
	for _, s := range []string{"", "#v1:gdp=9.8,unemployment=4.9", "v1:population=-1.5", "v1:gdp=1e308", "v1:=,=,", "v2:x", "v1:" + strings.Repeat("x", MaxLen)} {
		f.Add(s)
	}
	ts := fixture.Seed(f)
	f.Fuzz(func(t *testing.T, frag string) {
		s, _ := Decode(ts, frag)
		for i, in := range ts.Indicators {
			if x := s[i]; math.IsNaN(x) || x < in.Scenario.Min || x > in.Scenario.Max {
				t.Fatalf("Decode(%q)[%s] = %g; want within [%g, %g]", frag, in.ID, x, in.Scenario.Min, in.Scenario.Max)
			}
		}
		again, notes := Decode(ts, Encode(ts, s))
		if len(notes) != 0 || !equal(again, s) {
			t.Fatalf("Decode(Encode(Decode(%q))) = %v, %v; want %v", frag, again, notes, s)
		}
	})
}
