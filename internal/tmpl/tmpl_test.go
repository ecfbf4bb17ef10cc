package tmpl

import "testing"

func TestFill(t *testing.T) {
	tests := []struct {
		name, tmpl string
		args       []string
		want       string
	}{
		{"in order", "情景达标 %d / %d 项", []string{"8", "10"}, "情景达标 8 / 10 项"},
		{"strings", "%s: cap %s", []string{"Unemployment", "4.5%"}, "Unemployment: cap 4.5%"},
		{"other percent signs stay", `width="100%" %s%%`, []string{"x"}, `width="100%" x%%`},
		{"inserted text is not read again", "%s and %s", []string{"%s", "b"}, "%s and b"},
		{"fewer args than verbs", "%s, %s", []string{"a"}, "a, %s"},
		{"more args than verbs", "%s", []string{"a", "b"}, "a"},
		{"a percent sign at the end", "100%", []string{"a"}, "100%"},
	}
	for _, tc := range tests {
		if got := Fill(tc.tmpl, tc.args...); got != tc.want {
			t.Errorf("%s: Fill(%q, %q) = %q; want %q", tc.name, tc.tmpl, tc.args, got, tc.want)
		}
	}
}
