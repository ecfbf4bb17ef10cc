// Package corpus scores package reading on a corpus of real paragraphs of
// targets (testdata/corpus, and testdata/heldout, which the reader was not
// written against): each with where it was found and the reading a person
// expects of it. cmd/readtargets -corpus prints the scores.
package corpus

import (
	"xigong/reading"

	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A Sample is one paragraph of the test corpus (testdata/corpus): a real
// report's targets as printed, where it was found, and the reading a person
// expects of it.
type Sample struct {
	Name                            string // the file's name
	Source, Government, Level, Year string
	Script, Form, Note              string
	Text                            string
	Expected                        []reading.Target
	// Also holds, for Expected[i], the other names a reading may give it
	// (the hand reading's "name / other name"): where the words allow more
	// than one fair name, any of them counts as found.
	Also [][]string
}

// ParseSample reads a corpus file: "key: value" lines (source, government,
// level, year, script, form, note), then "=== text", the paragraph, then
// "=== expected", one target a line: "indicator | measure | bound | value |
// unit" (a range's value is "min-max"), or "words | qualitative"; the
// indicator or words may list fair names apart by " / ".
func ParseSample(name, file string) (Sample, error) {
	s := Sample{Name: name}
	head, rest, ok := strings.Cut(file, "=== text\n")
	if !ok {
		return s, errors.New("corpus: " + name + ": no === text line")
	}
	text, expected, ok := strings.Cut(rest, "\n=== expected\n")
	if !ok {
		return s, errors.New("corpus: " + name + ": no === expected line")
	}
	s.Text = text
	fields := map[string]*string{"source": &s.Source, "government": &s.Government, "level": &s.Level,
		"year": &s.Year, "script": &s.Script, "form": &s.Form, "note": &s.Note}
	for _, line := range strings.Split(head, "\n") {
		if k, v, ok := strings.Cut(line, ": "); ok && fields[k] != nil {
			*fields[k] = v
		}
	}
	for n, line := range strings.Split(strings.TrimSpace(expected), "\n") {
		f := strings.Split(line, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		bad := fmt.Errorf("corpus: %s: expected line %d: want 'indicator | measure | bound | value | unit' or 'words | qualitative', got %q", name, n+1, line)
		names := strings.Split(f[0], " / ")
		if len(f) == 2 && f[1] == string(reading.Qualitative) {
			s.Expected = append(s.Expected, reading.Target{Indicator: names[0], Bound: reading.Qualitative})
			s.Also = append(s.Also, names[1:])
			continue
		}
		if len(f) != 5 {
			return s, bad
		}
		t := reading.Target{Indicator: names[0], Measure: reading.Measure(f[1]), Bound: reading.Bound(f[2]), Unit: f[4]}
		if t.Bound == reading.Range {
			lo, hi, ok := strings.Cut(f[3], "-")
			min, err1 := strconv.ParseFloat(lo, 64)
			max, err2 := strconv.ParseFloat(hi, 64)
			if !ok || err1 != nil || err2 != nil {
				return s, bad
			}
			t.Min, t.Max = min, max
		} else {
			v, err := strconv.ParseFloat(f[3], 64)
			if err != nil {
				return s, bad
			}
			t.Value = v
		}
		s.Expected = append(s.Expected, t)
		s.Also = append(s.Also, names[1:])
	}
	return s, nil
}

// key is what must match for a target read to count as found: indicator
// and unit (folded, as the reader folds them: a hand reading may print
// "億元" where the reader gives "亿元"), measure, bound and numbers.
func key(t reading.Target) string {
	return fmt.Sprintf("%s|%s|%s|%g|%g|%g|%s", strings.Map(reading.Fold, t.Indicator), t.Measure, t.Bound, t.Value, t.Min, t.Max, strings.Map(reading.Fold, t.Unit))
}

// Form is the form of a target, for the scores: its measure and bound,
// or "qualitative".
func Form(t reading.Target) string {
	if t.Bound == reading.Qualitative {
		return "qualitative"
	}
	return string(t.Measure) + " " + string(t.Bound)
}

// A Tally counts targets read, expected and found (read and expected).
type Tally struct{ Read, Expected, Found int }

// Precision is found / read (1 when nothing was read).
func (t Tally) Precision() float64 {
	if t.Read == 0 {
		return 1
	}
	return float64(t.Found) / float64(t.Read)
}

// Recall is found / expected (1 when nothing was expected).
func (t Tally) Recall() float64 {
	if t.Expected == 0 {
		return 1
	}
	return float64(t.Found) / float64(t.Expected)
}

// A Score is the reader's result over samples: in all, by form, by sample,
// and the targets it missed or read wrongly.
type Score struct {
	All      Tally
	ByForm   map[string]*Tally
	BySample map[string]*Tally
	ByScript map[string]*Tally // simplified, traditional
	ByLevel  map[string]*Tally // national, provincial, …, county
	Missed   []string          // sample: target expected and not read
	Wrong    []string          // sample: target read and not expected
	// Backwards counts the targets read with the bound the wrong way round
	// (a cap read as a floor, or a floor as a cap); NotTargets the targets
	// in words read that are not targets, of Words read in all.
	Backwards, NotTargets, Words int
	// Numbers counts the numeric targets expected that were read with their
	// numbers, measure, bound and unit, whatever the name: where the names
	// are the fault, not the figures.
	Numbers int
}

// Grade reads every sample and scores the reading against the expected.
func Grade(samples []Sample) Score {
	sc := Score{ByForm: map[string]*Tally{}, BySample: map[string]*Tally{}, ByScript: map[string]*Tally{}, ByLevel: map[string]*Tally{}}
	tally := func(m map[string]*Tally, k string) *Tally {
		if m[k] == nil {
			m[k] = &Tally{}
		}
		return m[k]
	}
	for _, s := range samples {
		got := reading.Targets(reading.Read(s.Text))
		// keys[i] are the keys that count as Expected[i]; found[i] says
		// whether a target read has matched it.
		keys := make([][]string, len(s.Expected))
		for i, t := range s.Expected {
			keys[i] = []string{key(t)}
			for _, name := range s.Also[i] {
				t.Indicator = name
				keys[i] = append(keys[i], key(t))
			}
			sc.All.Expected++
			tally(sc.ByForm, Form(t)).Expected++
			tally(sc.BySample, s.Name).Expected++
			tally(sc.ByScript, s.Script).Expected++
			tally(sc.ByLevel, s.Level).Expected++
		}
		found := make([]bool, len(s.Expected))
		for _, t := range got {
			k := key(t)
			sc.All.Read++
			tally(sc.ByForm, Form(t)).Read++
			tally(sc.BySample, s.Name).Read++
			tally(sc.ByScript, s.Script).Read++
			tally(sc.ByLevel, s.Level).Read++
			if t.Bound == reading.Qualitative {
				sc.Words++
			}
			i := nextMatch(keys, 0, k)
			for i >= 0 && found[i] { // the same target again: the next one like it
				i = nextMatch(keys, i+1, k)
			}
			if i < 0 {
				sc.Wrong = append(sc.Wrong, s.Name+": "+k)
				if turned, ok := opposite[t.Bound]; ok {
					t.Bound = turned
					sc.Backwards += min(1, nextMatch(keys, 0, key(t))+1)
				}
				if t.Bound == reading.Qualitative && !slices.ContainsFunc(s.Expected, func(e reading.Target) bool { return e.Bound == reading.Qualitative && samePlace(e, t) }) {
					sc.NotTargets++
				}
				continue
			}
			found[i] = true
			sc.All.Found++
			tally(sc.ByForm, Form(t)).Found++
			tally(sc.BySample, s.Name).Found++
			tally(sc.ByScript, s.Script).Found++
			tally(sc.ByLevel, s.Level).Found++
		}
		for i, ks := range keys {
			if !found[i] {
				sc.Missed = append(sc.Missed, s.Name+": "+ks[0])
			}
		}
		left := slices.Clone(got)
		for _, e := range s.Expected {
			if e.Bound == reading.Qualitative {
				continue
			}
			e.Indicator, e.Unit = "", strings.Map(reading.Fold, e.Unit)
			for j, g := range left {
				g.Indicator, g.Unit = "", strings.Map(reading.Fold, g.Unit)
				if g == e {
					sc.Numbers++
					left = slices.Delete(left, j, j+1)
					break
				}
			}
		}
	}
	return sc
}

// Report writes the score as text: the totals, then by form.
func (sc Score) Report(samples []Sample) string {
	var b strings.Builder
	govs, levels, years := map[string]bool{}, map[string]bool{}, map[string]bool{}
	scripts := map[string]int{}
	for _, s := range samples {
		govs[s.Government] = true
		levels[s.Level] = true
		years[s.Year] = true
		scripts[s.Script]++
	}
	fmt.Fprintf(&b, "corpus: %d paragraphs, %d governments, levels %s, %d years, scripts %v\n",
		len(samples), len(govs), strings.Join(sorted(levels), " "), len(years), scripts)
	fmt.Fprintf(&b, "all targets: precision %.3f (%d of %d read), recall %.3f (%d of %d expected)\n",
		sc.All.Precision(), sc.All.Found, sc.All.Read, sc.All.Recall(), sc.All.Found, sc.All.Expected)
	numeric := Tally{}
	for f, t := range sc.ByForm {
		if f != "qualitative" {
			numeric.Read, numeric.Expected, numeric.Found = numeric.Read+t.Read, numeric.Expected+t.Expected, numeric.Found+t.Found
		}
	}
	words := sc.ByForm["qualitative"]
	if words == nil {
		words = &Tally{}
	}
	fmt.Fprintf(&b, "numeric targets: precision %.3f (%d of %d read), recall %.3f (%d of %d expected); bounds the wrong way round: %d\n",
		numeric.Precision(), numeric.Found, numeric.Read, numeric.Recall(), numeric.Found, numeric.Expected, sc.Backwards)
	fmt.Fprintf(&b, "numeric targets read with their figures, measure, bound and unit, whatever the name: %d of %d expected (%.3f)\n",
		sc.Numbers, numeric.Expected, ratio(sc.Numbers, numeric.Expected))
	fmt.Fprintf(&b, "targets in words: kept %.3f (%d of %d expected); read that are not targets: %d of %d (%.3f)\n",
		words.Recall(), words.Found, words.Expected, sc.NotTargets, sc.Words, ratio(sc.NotTargets, sc.Words))
	for _, by := range []struct {
		name string
		m    map[string]*Tally
	}{{"by script", sc.ByScript}, {"by level", sc.ByLevel}, {"by measure and bound", sc.ByForm}} {
		fmt.Fprintf(&b, "%s:\n", by.name)
		keys := make([]string, 0, len(by.m))
		for k := range by.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			t := by.m[k]
			fmt.Fprintf(&b, "  %-20s precision %.3f (%d/%d)  recall %.3f (%d/%d)\n", k, t.Precision(), t.Found, t.Read, t.Recall(), t.Found, t.Expected)
		}
	}
	for _, m := range sc.Missed {
		fmt.Fprintf(&b, "missed: %s\n", m)
	}
	for _, w := range sc.Wrong {
		fmt.Fprintf(&b, "read wrongly: %s\n", w)
	}
	return b.String()
}

// opposite is the bound of the other direction.
var opposite = map[reading.Bound]reading.Bound{reading.AtLeast: reading.AtMost, reading.AtMost: reading.AtLeast}

// samePlace reports whether a target in words read (t) is one expected (e)
// under another name: one holds the other.
func samePlace(e, t reading.Target) bool {
	return strings.Contains(e.Indicator, t.Indicator) || strings.Contains(t.Indicator, e.Indicator)
}

// nextMatch is the index of the first of keys[from:] that holds k, or -1.
func nextMatch(keys [][]string, from int, k string) int {
	for i := from; i < len(keys); i++ {
		if slices.Contains(keys[i], k) {
			return i
		}
	}
	return -1
}

// ratio is n/of, 0 when of is 0.
func ratio(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
