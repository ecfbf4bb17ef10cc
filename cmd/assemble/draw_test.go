package main

import "testing"

func TestCleanSVG(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"as ECharts draws it",
			"<svg width=\"700\" height=\"440\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" baseProfile=\"full\" viewBox=\"0 0 700 440\">\n" +
				"<rect width=\"700\" height=\"440\" x=\"0\" y=\"0\" fill=\"none\"></rect>\n" +
				"<path d=\"M1 1\" clip-path=\"url(#zr6-c0)\" pointer-events=\"visible\" class=\"zr6-cls-0\"></path>\n" +
				"<defs><clipPath id=\"zr6-c0\"><path d=\"M0 0\"></path></clipPath></defs>\n" +
				"<style ><![CDATA[\n.zr6-cls-0:hover {\ncursor:pointer;\n}\n]]>\n</style>\n</svg>",
			`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 700 440"><rect width="700" height="440" x="0" y="0" fill="none"></rect>` +
				`<path d="M1 1" clip-path="url(#xdzh3-c0)"></path><defs><clipPath id="xdzh3-c0"><path d="M0 0"></path></clipPath></defs></svg>`},
		{"not an SVG", "<html></html>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cleanSVG(tt.in, "xdzh3")
			if tt.want == "" {
				if err == nil {
					t.Errorf("cleanSVG() = %q; want an error", got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("cleanSVG() = %q, %v\nwant %q", got, err, tt.want)
			}
		})
	}
}
