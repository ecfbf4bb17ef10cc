package reading

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"xigong/data"
)

// FuzzRead: any text reads without a panic, every clause is one of the
// kinds with what that kind promises, and every clause's quote is words of
// the text, in order; the file made of the reading is one the page takes
// (package data), unless none of its targets can be charted, and every
// target read is in it, charted or listed.
func FuzzRead(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("corpus", "testdata", "corpus", "*.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files[:6] {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("主要预期目标是：\n一、国内生产总值增长6到6.5%左右;\n(2)城镇调查失业率、登记失业率分别控制在4.2%、3%、2.5‰以内")
	f.Add("千分之四点五 千分之十二 1,200,00 6.5%—7% 2026年 第3")
	f.Add("主要预期目标：城镇新增就业1200000万人以上，粮食产量99999999斤，增长0.0001%，下降1到2个百分点")
	f.Add("GDP 6%; abc=2")
	f.Add("“增长百分之八﹔一万亿元、力争两个百分点……”十四五 三次产业分别增长1%、2%和3%。二、")
	f.Fuzz(func(t *testing.T, text string) {
		src := []rune(text)
		at := 0
		cs := Read(text)
		pageTakes(t, cs)
		numbersOfText(t, cs)
		if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) && len(Targets(cs)) > 0 {
			t.Fatalf("text with no Chinese read as targets %+v", Targets(cs))
		}
		// The same words in full-width punctuation, or in traditional
		// characters, read the same targets: no bound turns round.
		if other := Targets(Read(traditionalOf(text))); !slices.Equal(other, Targets(cs)) {
			t.Fatalf("the text in other punctuation and script read %+v; want %+v", other, Targets(cs))
		}
		for _, c := range cs {
			for _, r := range c.Quote {
				for at < len(src) && src[at] != r {
					at++
				}
				if at == len(src) {
					t.Fatalf("quote %q is not words of the text, in order", c.Quote)
				}
				at++
			}
			switch c.Kind {
			case KindNumeric:
				if len(c.Targets) == 0 {
					t.Fatalf("numeric clause %q with no target", c.Quote)
				}
				for _, tg := range c.Targets {
					for _, x := range []float64{tg.Value, tg.Min, tg.Max} {
						if math.IsNaN(x) || math.IsInf(x, 0) {
							t.Fatalf("clause %q: target %+v has a number that is not finite", c.Quote, tg)
						}
					}
					if tg.Bound == Qualitative || tg.Indicator == "" {
						t.Fatalf("numeric clause %q: target %+v", c.Quote, tg)
					}
				}
			case KindQualitative:
				if len(c.Targets) != 1 || c.Targets[0].Bound != Qualitative {
					t.Fatalf("qualitative clause %q: targets %+v", c.Quote, c.Targets)
				}
			case KindLeftOut:
				if c.Why == "" || len(c.Targets) != 0 {
					t.Fatalf("left-out clause %q: why %q, targets %+v", c.Quote, c.Why, c.Targets)
				}
			default:
				t.Fatalf("clause %q of kind %q", c.Quote, c.Kind)
			}
		}
	})
}

// numbersOfText checks that every number of every target read is a number
// printed in its clause: none is borrowed from another clause or made up.
func numbersOfText(t *testing.T, cs []Clause) {
	t.Helper()
	for _, c := range cs {
		printed := map[float64]bool{}
		for _, n := range scanNumbers(foldString(c.Quote)) {
			printed[n.value] = true
		}
		for _, tg := range c.Targets {
			ns := []float64{tg.Value}
			if tg.Bound == Range {
				ns = []float64{tg.Min, tg.Max}
			}
			for _, x := range ns {
				if tg.Bound != Qualitative && !printed[x] {
					t.Fatalf("clause %q: target %+v has %g, which the clause does not print", c.Quote, tg, x)
				}
			}
		}
	}
}

// traditionalOf is text with full-width punctuation and, for each
// simplified character of the fold table, a traditional form of it.
func traditionalOf(text string) string {
	back := map[rune]rune{',': '，', ';': '；', ':': '：', '%': '％', '(': '（', ')': '）'}
	rs := []rune(traditional)
	for i := 0; i+1 < len(rs); i += 2 {
		if _, ok := back[rs[i+1]]; !ok {
			back[rs[i+1]] = rs[i]
		}
	}
	return strings.Map(func(r rune) rune {
		if b, ok := back[r]; ok {
			return b
		}
		return r
	}, text)
}

// pageTakes checks that the file of the reading cs parses, with every
// target read in it, or fails only for having no target to chart.
func pageTakes(t *testing.T, cs []Clause) {
	b, err := File(cs, 2026, "", "").Marshal()
	if err != nil {
		t.Fatalf("File() error: %v", err)
	}
	f, err := data.Parse(b)
	if err != nil {
		es, ok := err.(data.Errors)
		if !ok || len(es) != 1 || es[0].Field != "indicators" {
			t.Fatalf("the file of the reading does not parse: %v\n%s", err, b)
		}
		return
	}
	if got, want := len(f.Indicators)+len(f.Words), len(Targets(cs)); got != want {
		t.Fatalf("the file has %d targets (charted and listed); want the %d read", got, want)
	}
}
