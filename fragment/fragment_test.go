package fragment

import (
	"math"
	"strings"
	"testing"

	"xigong/i18n"
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
			s := model.AtTargets(ts)
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
		want      string // the notices in English, joined by "; "
		wantZH    string // and in Chinese, joined by "；"
	}{
		{"empty", "", 10.5, 4.5, "", ""},
		{"other version", "v2:gdp=9", 10.5, 4.5, "not a v1 scenario; ignored", "不是“v1”格式的情景，已忽略"},
		{"no prefix", "gdp=9", 10.5, 4.5, "not a v1 scenario; ignored", "不是“v1”格式的情景，已忽略"},
		{"too long", "v1:" + strings.Repeat("x", MaxLen), 10.5, 4.5, "longer than 2048 characters; ignored", "长度超过 2048 个字符，已忽略"},
		{"unknown key kept apart", "v1:gpd=9,unemployment=5", 10.5, 5, "“gpd”: unknown indicator; ignored", "“gpd”：没有这项指标，已忽略"},
		{"no value", "v1:gdp,unemployment=5", 10.5, 5, "Gross regional product (“gdp”): no value; ignored", "地区生产总值（“gdp”）：没有数值，已忽略"},
		{"not a number", "v1:gdp=nine", 10.5, 4.5, "Gross regional product (“gdp”): not a number; ignored", "地区生产总值（“gdp”）：不是数字，已忽略"},
		{"NaN", "v1:gdp=NaN", 10.5, 4.5, "Gross regional product (“gdp”): not a number; ignored", "地区生产总值（“gdp”）：不是数字，已忽略"},
		{"infinity", "v1:gdp=Inf", 10.5, 4.5, "Gross regional product (“gdp”): not a number; ignored", "地区生产总值（“gdp”）：不是数字，已忽略"},
		{"above range", "v1:gdp=99", 20, 4.5, "Gross regional product (“gdp”): 99 is out of the slider's range; set to 20", "地区生产总值（“gdp”）：99 超出滑块范围，已设为 20"},
		{"below range", "v1:unemployment=-3", 10.5, 0, "Registered urban unemployment rate (“unemployment”): -3 is out of the slider's range; set to 0", "城镇登记失业率（“unemployment”）：-3 超出滑块范围，已设为 0"},
		{"snapped to the step", "v1:gdp=9.04", 9, 4.5, "", ""},
		{"empty pairs", "v1:,gdp=9,,", 9, 4.5, "", ""},
		{"long key cut", "v1:" + strings.Repeat("k", 40) + "=1", 10.5, 4.5, "“" + strings.Repeat("k", 32) + "…”: unknown indicator; ignored", "“" + strings.Repeat("k", 32) + "…”：没有这项指标，已忽略"},
		{"script in the key", "v1:<img src=x onerror=alert(1)>=1", 10.5, 4.5, "“<img src”: unknown indicator; ignored", "“<img src”：没有这项指标，已忽略"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, notes := Decode(ts, tt.frag)
			var en, zh []string
			for _, n := range notes {
				en = append(en, n.In(ts, i18n.For("en")))
				zh = append(zh, n.In(ts, i18n.For("zh")))
			}
			if s[0] != tt.wantGDP || s[8] != tt.wantUnemp || strings.Join(en, "; ") != tt.want {
				t.Errorf("Decode(%.40q) = gdp %g, unemployment %g, %q; want %g, %g, %q", tt.frag, s[0], s[8], strings.Join(en, "; "), tt.wantGDP, tt.wantUnemp, tt.want)
			}
			if got := strings.Join(zh, "；"); got != tt.wantZH {
				t.Errorf("Decode(%.40q) notices in Chinese = %q; want %q", tt.frag, got, tt.wantZH)
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
