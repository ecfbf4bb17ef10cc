package corpus

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"xigong/reading"
)

// load reads testdata/dir.
func load(t *testing.T, dir string) []Sample {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in testdata/%s: %v", dir, err)
	}
	var out []Sample
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, err := ParseSample(filepath.Base(f), string(b))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestCorpus reads every paragraph of the corpus and checks the reading
// against the expected: the floors are the scores reached, so that a change
// that reads worse fails.
func TestCorpus(t *testing.T) {
	samples := load(t, "corpus")
	sc := Grade(samples)
	t.Log("\n" + sc.Report(samples))
	if len(samples) < 25 {
		t.Errorf("corpus of %d paragraphs; want at least 25", len(samples))
	}
	if p, r := sc.All.Precision(), sc.All.Recall(); p < floorPrecision || r < floorRecall {
		t.Errorf("precision %.3f, recall %.3f; want at least %.3f and %.3f", p, r, floorPrecision, floorRecall)
	}
}

// TestHeldOut scores the reader on paragraphs it was not written against:
// the floors are the scores it had when they were added.
func TestHeldOut(t *testing.T) {
	samples := load(t, "heldout")
	sc := Grade(samples)
	t.Log("\n" + sc.Report(samples))
	if p, r := sc.All.Precision(), sc.All.Recall(); p < floorHeldOut || r < floorHeldOut {
		t.Errorf("held out: precision %.3f, recall %.3f; want at least %.3f", p, r, floorHeldOut)
	}
}

func TestParseSample(t *testing.T) {
	tests := []struct{ name, file, want string }{
		{"no text", "source: x\n", "corpus: a: no === text line"},
		{"no expected", "=== text\nabc\n", "corpus: a: no === expected line"},
		{"a short line", "=== text\nabc\n=== expected\nA | growth\n", "corpus: a: expected line 1: want 'indicator | measure | bound | value | unit' or 'words | qualitative', got \"A | growth\""},
		{"a bad range", "=== text\nabc\n=== expected\nA | growth | range | 6 | %\n", "corpus: a: expected line 1: want 'indicator | measure | bound | value | unit' or 'words | qualitative', got \"A | growth | range | 6 | %\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseSample("a", tt.file); err == nil || err.Error() != tt.want {
				t.Errorf("ParseSample() error = %v; want %s", err, tt.want)
			}
		})
	}
}

// TestGrade: a target read counts as found when it is expected under any
// of the hand reading's names, with its name and unit in either script,
// and each expected target is found once.
func TestGrade(t *testing.T) {
	const text = "=== text\n主要预期目标是：地区生产总值增长6%，城乡居民人均可支配收入分别增长7%、8%左右，城镇新增就业5万人。\n=== expected\n"
	tests := []struct {
		name                    string
		expected                string
		wantFound, wantExpected int
	}{
		{"names as read", "地区生产总值 | growth | atLeast | 6 | %\n城镇居民人均可支配收入 | growth | about | 7 | %\n农村居民人均可支配收入 | growth | about | 8 | %\n", 3, 3},
		{"another fair name", "地区生产总值 | growth | atLeast | 6 | %\n城居民人均可支配收入 / 城镇居民人均可支配收入 | growth | about | 7 | %\n乡居民人均可支配收入 / 农村居民人均可支配收入 | growth | about | 8 | %\n", 3, 3},
		{"no fair name", "地区生产总值 | growth | atLeast | 6 | %\n城居民人均可支配收入 | growth | about | 7 | %\n乡居民人均可支配收入 | growth | about | 8 | %\n", 1, 3},
		{"a unit in traditional characters", "城鎮新增就業 | level | exact | 5 | 萬人\n", 1, 1},
		{"expected twice, read once", "地区生产总值 | growth | atLeast | 6 | %\n地区生产总值 / GDP | growth | atLeast | 6 | %\n", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseSample("a", text+tt.expected)
			if err != nil {
				t.Fatal(err)
			}
			sc := Grade([]Sample{s})
			if sc.All.Found != tt.wantFound || sc.All.Expected != tt.wantExpected {
				t.Errorf("found %d of %d expected; want %d of %d\n%s", sc.All.Found, sc.All.Expected, tt.wantFound, tt.wantExpected, sc.Report([]Sample{s}))
			}
		})
	}
}

// TestYearsPrinted: where a paragraph prints the year of its targets, the
// reader reads that year or none (then the page asks for it), never
// another; on the corpus it reads every one, and on the held-out set at
// least floorYearsHeldOut of them.
func TestYearsPrinted(t *testing.T) {
	for _, set := range []string{"corpus", "heldout"} {
		printed, read := 0, 0
		for _, s := range load(t, set) {
			if !strings.Contains(s.Text, s.Year) {
				continue
			}
			printed++
			got := reading.Year(reading.Read(s.Text))
			switch {
			case strconv.Itoa(got) == s.Year:
				read++
			case got != 0:
				t.Errorf("%s/%s: Year() = %d; want %s, printed in the text", set, s.Name, got, s.Year)
			case set == "corpus":
				t.Errorf("%s/%s: Year() = 0; want %s, printed in the text", set, s.Name, s.Year)
			}
		}
		if printed == 0 {
			t.Errorf("%s: no paragraph prints its year; want some to test", set)
			continue
		}
		t.Logf("%s: the year read in %d of the %d paragraphs that print it", set, read, printed)
		if set == "heldout" && float64(read) < floorYearsHeldOut*float64(printed) {
			t.Errorf("held out: the year read in %d of %d paragraphs that print it; want at least %.2f of them", read, printed, floorYearsHeldOut)
		}
	}
}

// TestGradeCounts: a bound read the wrong way round, and words read that
// are not targets, are counted.
func TestGradeCounts(t *testing.T) {
	s, err := ParseSample("a", "=== text\n主要预期目标：城镇登记失业率控制在4.5%以内，进出口回稳向好。\n=== expected\n城镇登记失业率 | level | atLeast | 4.5 | %\n")
	if err != nil {
		t.Fatal(err)
	}
	sc := Grade([]Sample{s})
	if sc.Backwards != 1 || sc.NotTargets != 1 || sc.Words != 1 {
		t.Errorf("backwards %d, not targets %d of %d words; want 1, 1 of 1", sc.Backwards, sc.NotTargets, sc.Words)
	}
}

// within reports whether the characters of a stand in b in their order
// ("土右旗" in "土默特右旗").
func within(a, b string) bool {
	for _, r := range a {
		k := strings.IndexRune(b, r)
		if k < 0 {
			return false
		}
		b = b[k+len(string(r)):]
	}
	return true
}

// TestRegionsPrinted: where a paragraph names its government before or in
// its first target, the reader reads that name (a part of the government's
// name, or the other way round: "南宁市", "深圳市罗湖区") or none (then the
// page says the region is not stated), never another place.
func TestRegionsPrinted(t *testing.T) {
	for _, set := range []string{"corpus", "heldout"} {
		read, none := 0, 0
		for _, s := range load(t, set) {
			gov, _, _ := strings.Cut(s.Government, " |")
			gov = strings.Map(reading.Fold, gov)
			got := reading.Region(reading.Read(s.Text))
			switch {
			case got == "":
				none++
			case strings.Contains(got, gov) || within(strings.TrimRight(got, "省市区县旗"), gov):
				read++
			default:
				t.Errorf("%s/%s: Region() = %q; want a part of %q, or none", set, s.Name, got, gov)
			}
		}
		t.Logf("%s: the region read in %d paragraphs, none in %d", set, read, none)
	}
}
