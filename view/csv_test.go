package view

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"xigong/internal/fixture"
	"xigong/internal/golden"
	"xigong/model"
)

func TestCSVGolden(t *testing.T) {
	ts := fixture.Seed(t)
	s := model.AtTargets(ts)
	s[0], s[8] = 9, 4.9
	for _, lang := range []string{"zh", "en"} {
		got, err := CSV(ts, model.Evaluate(ts, s), lang)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(got, []byte("\uFEFF")) {
			t.Errorf("CSV(%s) lacks the UTF-8 byte order mark", lang)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte("\uFEFF"))))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil || len(rows) != 8+11 {
			t.Fatalf("CSV(%s) = %d rows, %v; want 8 rows of title, source, credit and assumption, a header and ten rows", lang, len(rows), err)
		}
		for k, want := range []string{"标题", "Title", "来源", "Source", "署名", "Credit", "假设", "Assumption", "id"} {
			if rows[k][0] != want {
				t.Errorf("CSV(%s) row %d starts %q; want %q", lang, k, rows[k][0], want)
			}
		}
		golden.Check(t, "scenario."+lang+".csv", got)
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	ts := fixture.File(t, "../data/testdata/hostile.json")
	got, err := CSV(ts, model.Evaluate(ts, model.AtTargets(ts)), "en")
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte("\uFEFF"))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	h := slices.IndexFunc(rows, func(row []string) bool { return row[0] == "id" })
	if h < 0 || h+1 >= len(rows) {
		t.Fatalf("CSV rows = %q; want a header row and the targets", rows)
	}
	if name := rows[h+1][1]; name != "'=1+1" {
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
