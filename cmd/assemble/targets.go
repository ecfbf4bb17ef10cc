package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/safehtml"
	"xigong/model"
	"xigong/reading"
	"xigong/view"
)

// sectionsFunc makes the sections of the page after the targets table.
type sectionsFunc func(t *data.Targets, r model.Result, lang string) []safehtml.HTML

// targetsOf returns the targets file the page shows and the sections it
// adds: the bundled targets with their plan; a targets file given, alone;
// or the targets read from a report's words, with the reading (every
// clause, what is charted and what is not yet), which it also prints.
func targetsOf(c config, w io.Writer) ([]byte, sectionsFunc, error) {
	switch {
	case c.targets != "" && c.report != "":
		return nil, nil, errors.New("assemble: -targets or -report, not both")
	case c.targets != "":
		b, err := os.ReadFile(c.targets)
		if err != nil {
			return nil, nil, fmt.Errorf("assemble: %w", err)
		}
		return b, func(*data.Targets, model.Result, string) []safehtml.HTML { return nil }, nil
	case c.report != "":
		text, err := os.ReadFile(c.report)
		if err != nil {
			return nil, nil, fmt.Errorf("assemble: %w", err)
		}
		r, err := reading.ReadReport(string(text), c.year, c.region, c.region)
		switch {
		case errors.Is(err, reading.ErrNoTargets):
			return nil, nil, errors.New("assemble: -report " + c.report + ": " + i18n.For("en").ReportNone)
		case errors.Is(err, reading.ErrNoYear):
			return nil, nil, errors.New("assemble: -report " + c.report + ": " + i18n.For("en").ReportNeedYear + " (-year)")
		case err != nil:
			return nil, nil, fmt.Errorf("assemble: -report %s: %w", c.report, err)
		}
		cs, b, t := r.Clauses, r.File, r.Targets
		if _, err := fmt.Fprintf(w, "  read %d targets from %s: %d charted, %d listed in words or as not charted yet\n",
			len(reading.Targets(cs)), c.report, len(t.Indicators), len(t.Words)); err != nil {
			return nil, nil, err
		}
		return b, func(_ *data.Targets, _ model.Result, lang string) []safehtml.HTML {
			return []safehtml.HTML{view.ReadingSection(cs, t, lang)}
		}, nil
	}
	plan, err := data.SeedPlan()
	if err != nil {
		return nil, nil, err
	}
	t, err := data.Seed()
	if err != nil {
		return nil, nil, err
	}
	if err := plan.Check(t); err != nil {
		return nil, nil, err
	}
	return data.SeedJSON(), func(t *data.Targets, r model.Result, lang string) []safehtml.HTML {
		return []safehtml.HTML{view.Plan(plan, t, r, lang)}
	}, nil
}
