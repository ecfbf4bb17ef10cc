package jsongen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generate runs Generate on a package made of src.
func generate(t *testing.T, src string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte("package p\n\n"+src), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Generate(dir)
	return string(b), err
}

func TestGenerate(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string // lines the output must have
		wantErr string
	}{
		{
			name: "tags, omitempty and an embedded struct",
			src:  "type In struct{ A string `json:\"a\"` }\n\n//jsongen:encode\ntype T struct {\n\tIn\n\tN float64 `json:\"n,omitempty\"`\n\tS []string `json:\"s\"`\n\tB bool `json:\"b,omitempty\"`\n\tskip int\n\tM map[string]any `json:\"m\"`\n}\n",
			want: []string{`e.Key("a")`, `e.String(t.In.A)`, `if t.N != 0 {`, `e.Strings(t.S)`, `if t.B {`, `e.Value(t.M)`},
		},
		{
			name:    "decode",
			src:     "type reader struct{}\n\n//jsongen:decode\ntype K string\n",
			wantErr: "jsongen: type K: want a struct to decode",
		},
		{
			name: "decode a struct",
			src:  "//jsongen:decode\ntype T struct {\n\tY int `json:\"year\"`\n\tU *T `json:\"up,omitempty\"`\n\tL []T `json:\"list\"`\n}\n",
			want: []string{`x.Y = r.whole(path, m, "year")`, `if m["up"] != nil {`, `x.L = append(x.L, r.decodeT(at(join(path, "list"), i), e))`},
		},
		{
			name: "a pointer to a number, written from its value",
			src:  "type F float64\n\n//jsongen:encode\ntype T struct {\n\tV *F `json:\"v,omitempty\"`\n}\n",
			want: []string{`if t.V != nil {`, `e.Float(float64(*t.V))`},
		},
		{
			name: "decode a flag",
			src:  "//jsongen:decode\ntype T struct {\n\tB bool `json:\"b,omitempty\"`\n}\n",
			want: []string{`x.B = r.flag(path, m, "b")`},
		},
		{
			name:    "a field without a tag",
			src:     "//jsongen:encode\ntype T struct{ A string }\n",
			wantErr: "jsongen: field A: want a json tag naming its key (type T)",
		},
		{
			name:    "omitempty on a struct",
			src:     "//jsongen:encode\ntype In struct{}\n\n//jsongen:encode\ntype T struct{ I In `json:\"i,omitempty\"` }\n",
			wantErr: "never empty",
		},
		{
			name:    "an unknown directive",
			src:     "//jsongen:print\ntype T struct{}\n",
			wantErr: "jsongen: type T: unknown directive jsongen:print",
		},
		{
			name:    "nothing asked",
			src:     "type T struct{}\n",
			wantErr: "no type asks for code",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := generate(t, tt.src)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Generate() error = %v; want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Generate() error = %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("Generate() = %s\nwant a line %q", got, w)
				}
			}
			if !strings.HasPrefix(got, "// Code generated") || !strings.Contains(got, "DO NOT EDIT.") {
				t.Errorf("Generate() = %.80s; want the generated-code header", got)
			}
		})
	}
}
