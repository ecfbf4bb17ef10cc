package reading

import (
	"errors"

	"xigong/data"
)

// A Report is a report's words read for a page: what the page and the
// command show of the reading, and the targets it charts.
type Report struct {
	Clauses []Clause // every clause, with what was read there
	Year    int      // the year given, or else the first its headings name; 0 when none
	Region  string   // the region given, or else the one the words name (see Region); "" when none
	// File is the targets file of the reading (data.FileV2, as JSON) and
	// Targets what the page charts and lists of it; both nil when the
	// words make no page.
	File    []byte
	Targets *data.Targets
}

// Why the words of a report make no page (besides data.Errors, when none of
// the targets read is of a kind the page charts).
var (
	ErrNoTargets = errors.New("reading: no targets in the words")
	ErrNoYear    = errors.New("reading: no year given, and none in the words")
)

// ReadReport reads text, the words of a report's targets, into the page of
// its targets: year is the target year given (0: the first the headings
// name), region and regionEN the government's names ("": the one the words
// name, if any). It is the one path from a report's words to a page, for the page's reader
// (package wasm) and the build (cmd/assemble). On error the report still
// has the clauses and the year, for the reader to see why.
func ReadReport(text string, year int, region, regionEN string) (Report, error) {
	r := Report{Clauses: Read(text), Year: year, Region: region}
	if r.Year == 0 {
		r.Year = Year(r.Clauses)
	}
	if r.Region == "" {
		r.Region = Region(r.Clauses)
		regionEN = r.Region // no English name: the Chinese one, as printed
	}
	if len(Targets(r.Clauses)) == 0 {
		return r, ErrNoTargets
	}
	if !data.ValidYear(r.Year) {
		return r, ErrNoYear
	}
	b, err := File(r.Clauses, r.Year, r.Region, regionEN).Marshal()
	if err != nil {
		return r, err
	}
	t, err := data.Parse(b)
	if err != nil {
		return r, err
	}
	r.File, r.Targets = b, t
	return r, nil
}
