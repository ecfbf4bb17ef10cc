// Command readtargets reads the main expected targets out of a government
// work report's words (package reading) and prints them as a targets file
// (`xigong-targets/v2`, data/SCHEMA.md) on standard output, with the reading
// of every clause on standard error: each target read, each target in words,
// and each clause and number left out, with why. It exits 1, saying so, when
// the text states no target at all.
//
//	go run ./cmd/readtargets [-year 2015] [-region 洛阳市西工区] [-region-en "Xigong District, Luoyang"] [FILE]
//	go run ./cmd/readtargets -corpus reading/corpus/testdata/corpus
//
// Without FILE it reads standard input; without -year the year is the
// first one the heading names (0 when none: the page asks for it). With -corpus it reads every
// paragraph of a test corpus and prints the precision and recall of the
// reading, in all and by form of target.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"xigong/data"
	"xigong/reading"
	"xigong/reading/corpus"
)

func main() {
	year := flag.Int("year", 0, "the targets' year (default: the one the heading names)")
	region := flag.String("region", "", "the government's region, in Chinese (default: not stated)")
	regionEN := flag.String("region-en", "", "the region in English (default: not stated)")
	corpusDir := flag.String("corpus", "", "a folder of corpus files to score the reading on, instead of reading a text")
	flag.Parse()
	var err error
	switch {
	case *corpusDir != "":
		err = score(*corpusDir, os.Stdout)
	case flag.NArg() > 1:
		err = errors.New("readtargets: want at most one FILE")
	default:
		var text []byte
		if flag.NArg() == 1 {
			text, err = os.ReadFile(flag.Arg(0))
		} else {
			text, err = io.ReadAll(os.Stdin)
		}
		if err == nil {
			err = run(string(text), meta{year: *year, region: *region, regionEN: *regionEN}, os.Stdout, os.Stderr)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run reads text and writes the targets file to out, the reading to log.
func run(text string, m meta, out, log io.Writer) error {
	r, err := reading.ReadReport(text, m.year, m.region, m.regionEN)
	if err := describe(r.Clauses, log); err != nil {
		return err
	}
	var fieldErrs data.Errors
	switch {
	case errors.Is(err, reading.ErrNoTargets):
		return errors.New("readtargets: no target found in the text: paste the paragraph of main expected targets (主要预期目标), e.g. 地区生产总值增长6%左右")
	case errors.Is(err, reading.ErrNoYear):
		return errors.New("readtargets: the text names no year of its targets: give it with -year")
	case errors.As(err, &fieldErrs):
		return fmt.Errorf("readtargets: the page would chart none of the targets read: %w", err)
	case err != nil:
		return err
	}
	var indented bytes.Buffer
	if err := json.Indent(&indented, r.File, "", "  "); err != nil {
		return fmt.Errorf("readtargets: %w", err)
	}
	indented.WriteByte('\n')
	_, err = indented.WriteTo(out)
	return err
}

// meta is what the text may not say: the year and the region.
type meta struct {
	year             int
	region, regionEN string
}

// describe writes the reading of every clause.
func describe(cs []reading.Clause, w io.Writer) error {
	for _, c := range cs {
		var line string
		switch c.Kind {
		case reading.KindNumeric:
			line = "target   " + c.Quote
			for _, t := range c.Targets {
				line += "\n         → " + targetText(t)
			}
		case reading.KindQualitative:
			line = "in words " + c.Quote
		default:
			line = "left out " + c.Quote + "  (" + c.Why.In("en") + ")"
		}
		for _, n := range c.Others {
			line += "\n         not a target: " + n.Text + " (" + n.Why.In("en") + ")"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}

func targetText(t reading.Target) string {
	if t.Bound == reading.Range {
		return fmt.Sprintf("%s: %s, %g–%g %s", t.Indicator, t.Measure, t.Min, t.Max, t.Unit)
	}
	return fmt.Sprintf("%s: %s, %s %g %s", t.Indicator, t.Measure, t.Bound, t.Value, t.Unit)
}

// score grades the reading on the corpus in dir.
func score(dir string, w io.Writer) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("readtargets: -corpus " + dir + ": no .txt files")
	}
	var samples []corpus.Sample
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		s, err := corpus.ParseSample(filepath.Base(f), string(b))
		if err != nil {
			return err
		}
		samples = append(samples, s)
	}
	_, err = io.WriteString(w, corpus.Grade(samples).Report(samples))
	return err
}
