package view

import (
	"bytes"
	"encoding/csv"
	"testing"

	"xigong/internal/fixture"
	"xigong/internal/golden"
	"xigong/model"
)

func TestCSVGolden(t *testing.T) {
	ts := fixture.Seed(t)
	s := model.Targets(ts)
	s[0], s[8] = 9, 4.9
	for _, lang := range []string{"zh", "en"} {
		got, err := CSV(ts, model.Evaluate(ts, s), lang)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(got, []byte("\uFEFF")) {
			t.Errorf("CSV(%s) lacks the UTF-8 byte order mark", lang)
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte("\uFEFF")))).ReadAll()
		if err != nil || len(rows) != 11 {
			t.Fatalf("CSV(%s) = %d rows, %v; want a header and ten rows", lang, len(rows), err)
		}
		golden.Check(t, "scenario."+lang+".csv", got)
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	ts := fixture.File(t, "../data/testdata/hostile.json")
	got, err := CSV(ts, model.Evaluate(ts, model.Targets(ts)), "en")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if name := rows[1][1]; name != "'=1+1" {
		t.Errorf("name cell = %q; want the formula defused as '=1+1", name)
	}
	for _, tt := range []struct{ in, want string }{
		{"a,b", "a,b"}, {`say "hi"`, `say "hi"`},
		{"-1.5", "-1.5"}, {"-x", "'-x"}, {"@SUM(A1)", "'@SUM(A1)"}, {"+1", "+1"}, {"\tx", "'\tx"}, {"plain", "plain"}, {"", ""},
	} {
		if got := cellSafe(tt.in); got != tt.want {
			t.Errorf("cellSafe(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVField(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain", "plain"}, {"a,b", `"a,b"`}, {`say "hi"`, `"say ""hi"""`}, {"two\nlines", "\"two\nlines\""}, {"", ""},
	} {
		if got := csvField(tt.in); got != tt.want {
			t.Errorf("csvField(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
