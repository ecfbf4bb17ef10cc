package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"xigong/data"
)

// TestSeed: the seed's block of targets as printed (its ● lines, the
// heading, and the credit between them) reads as the ten bundled targets:
// the same names, quotes, values, units and bounds as data/targets.json.
func TestSeed(t *testing.T) {
	page, err := os.ReadFile("../../data/testdata/seed-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(page), "\n")
	block := strings.Join(lines[8:31], "\n")
	if !strings.Contains(block, "制图 闵敏") || !strings.HasPrefix(block, "2015年西工区经济社会发展预期目标") {
		t.Fatalf("the seed's block moved: %q", block)
	}
	var out, log bytes.Buffer
	if err := run(block, meta{}, &out, &log); err != nil {
		t.Fatal(err)
	}
	f, err := data.Parse(out.Bytes())
	if err != nil {
		t.Fatalf("the output does not parse: %v\n%s", err, out.Bytes())
	}
	seed, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Indicators) != len(seed.Indicators) {
		t.Fatalf("read %d targets; want %d\n%s", len(f.Indicators), len(seed.Indicators), log.String())
	}
	for i, want := range seed.Indicators {
		got := f.Indicators[i]
		if got.Name.ZH != want.Name.ZH || got.Quote != want.Quote || got.Value != want.Value || got.Unit != want.Unit || got.Bound != want.Bound {
			t.Errorf("target %d = %s %q %v %s %s; want %s %q %v %s %s", i, got.Name.ZH, got.Quote, got.Value, got.Unit, got.Bound,
				want.Name.ZH, want.Quote, want.Value, want.Unit, want.Bound)
		}
	}
	if f.Year != 2015 || len(f.Words) != 0 {
		t.Errorf("year %d, %d listed; want 2015 and none", f.Year, len(f.Words))
	}
}

func TestNoTargets(t *testing.T) {
	var out, log bytes.Buffer
	err := run("今年是全面贯彻落实党的十八大精神的开局之年。", meta{}, &out, &log)
	if err == nil || !strings.Contains(err.Error(), "no target found") || out.Len() != 0 {
		t.Errorf("run() = %v with %d bytes out; want 'no target found' and nothing out", err, out.Len())
	}
}

func TestScore(t *testing.T) {
	var out bytes.Buffer
	if err := score("../../reading/corpus/testdata/corpus", &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "all targets: precision") || !strings.Contains(out.String(), "qualitative") {
		t.Errorf("score report = %q; want the totals and the forms", out.String())
	}
}
