package i18n

import (
	"reflect"
	"regexp"
	"slices"
	"testing"
)

// TestMessageParity checks that every message exists in both languages
// with the same verbs (%s, %d) in the same order, as Fill fills them.
func TestMessageParity(t *testing.T) {
	verbs := regexp.MustCompile(`%[sd]`)
	zhV, enV := reflect.ValueOf(zh), reflect.ValueOf(en)
	for i := 0; i < zhV.NumField(); i++ {
		name := zhV.Type().Field(i).Name
		z, e := zhV.Field(i).String(), enV.Field(i).String()
		if z == "" || e == "" {
			t.Errorf("%s = %q (zh), %q (en); want both", name, z, e)
		}
		if zv, ev := verbs.FindAllString(z, -1), verbs.FindAllString(e, -1); !slices.Equal(zv, ev) {
			t.Errorf("%s has verbs %q (zh), %q (en); want the same", name, zv, ev)
		}
	}
}

func TestPoints(t *testing.T) {
	tests := []struct {
		lang, n, unit, want string
	}{
		{"en", "1", "%", "1 percentage point"},
		{"en", "-1", "%", "-1 percentage point"},
		{"en", "+1", "‰", "+1 ‰ point"},
		{"en", "1.0", "%", "1.0 percentage points"},
		{"en", "0.5", "%", "0.5 percentage points"},
		{"en", "2", "‰", "2 ‰ points"},
		{"zh", "1", "%", "1 个百分点"},
		{"zh", "1.5", "‰", "1.5 个千分点"},
	}
	for _, tt := range tests {
		if got := For(tt.lang).Points(tt.n, tt.unit); got != tt.want {
			t.Errorf("For(%s).Points(%q, %q) = %q; want %q", tt.lang, tt.n, tt.unit, got, tt.want)
		}
	}
}
