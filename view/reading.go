package view

import (
	"strconv"
	"strings"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/safehtml"
	"xigong/internal/tmpl"
	"xigong/reading"
)

// Reading is the reading of a report's words as HTML, for the page to show
// under the text a reader pasted: a line of counts (with what is charted
// when t, the targets the page made of it, is not nil), then every clause
// as printed with what it was read as (its targets, a target in words, or
// left out and why), the numeric targets the page does not chart yet
// marked so; with t, each clause of targets names the proofreading desk's
// row of its first (data-desk). Every string from the text is escaped.
func Reading(cs []reading.Clause, t *data.Targets, lang string) safehtml.HTML {
	m := i18n.For(lang)
	other := map[string]bool{}
	all := len(reading.Targets(cs))
	sum := tmpl.Fill(m.ReportReadCount, strconv.Itoa(all))
	if t != nil {
		for _, w := range t.Words {
			other[w.Quote+"\x00"+w.Name.ZH] = w.Kind == data.NotCharted
		}
		sum = tmpl.Fill(m.ReportReadCharted, strconv.Itoa(all), strconv.Itoa(len(t.Indicators)), strconv.Itoa(len(t.Words)))
	}
	var b safehtml.Builder
	numbers, targets := 0, 0
	for _, cl := range cs {
		for _, mk := range cl.Marks {
			numbers++
			if mk.Target {
				targets++
			}
		}
	}
	b.Add(safehtml.Fill(`<p class="reading-sum">%s</p><p class="reading-numbers">%s</p><ol class="reading">`, safehtml.Text(sum),
		safehtml.Text(tmpl.Fill(m.ReportNumbers, strconv.Itoa(numbers), strconv.Itoa(targets), strconv.Itoa(numbers-targets)))))
	desk := 0 // the desk's row of the clause's first target (see Desk)
	for _, cl := range cs {
		class, what := "r-left", m.ReportLeftOut+m.Colon+cl.Why.In(m.Lang)
		switch cl.Kind {
		case reading.KindNumeric:
			class, what = "r-target", m.ReportTarget
		case reading.KindQualitative:
			class, what = "r-words", m.ReportWords
		}
		row := safehtml.Const("")
		if t != nil && len(cl.Targets) > 0 {
			row = safehtml.Fill(` data-desk="%s"`, safehtml.Text(strconv.Itoa(desk)))
			desk += len(cl.Targets)
		}
		b.Add(safehtml.Fill(`<li class="%s"%s><q>%s</q> <span class="r-what">%s</span>`, safehtml.Text(class), row, quoteMarked(cl, m), safehtml.Text(what)))
		if cl.Kind == reading.KindNumeric {
			b.Add(safehtml.Const(`<ul>`))
			for _, t := range cl.Targets {
				var note safehtml.HTML
				if other[cl.Quote+"\x00"+t.Indicator] {
					note = safehtml.Fill(` <span class="r-not-charted">%s</span>`, safehtml.Text(m.Open+m.ReportNotCharted+m.Close))
				}
				b.Add(safehtml.Fill(`<li>%s%s%s%s</li>`, safehtml.Text(t.Indicator), safehtml.Text(m.Colon), safehtml.Text(readingText(t, m)), note))
			}
			b.Add(safehtml.Const(`</ul>`))
		}
		if len(cl.Others) > 0 {
			var ns []string
			for _, n := range cl.Others {
				ns = append(ns, n.Text+m.Open+n.Why.In(m.Lang)+m.Close)
			}
			b.Add(safehtml.Fill(` <span class="r-others">%s</span>`, safehtml.Text(m.ReportNotTarget+m.Colon+strings.Join(ns, m.Semi))))
		}
		b.Add(safehtml.Const(`</li>`))
	}
	b.Add(safehtml.Const(`</ol>`))
	return b.HTML()
}

// quoteMarked is a clause's quote with each number marked as what it was
// read as: a target's (<mark class="n-target">), or not, with why in its
// title (<mark class="n-other">), so that a reader checks every number
// against the words at a glance.
func quoteMarked(cl reading.Clause, m *i18n.Messages) safehtml.HTML {
	q := []rune(cl.Quote)
	var b safehtml.Builder
	at := 0
	for _, mk := range cl.Marks {
		if mk.From < at || mk.To > len(q) {
			continue
		}
		b.Add(safehtml.Text(string(q[at:mk.From])))
		n := safehtml.Text(string(q[mk.From:mk.To]))
		if mk.Target {
			b.Add(safehtml.Fill(`<mark class="n-target">%s</mark>`, n))
		} else {
			b.Add(safehtml.Fill(`<mark class="n-other" title="%s">%s</mark>`, safehtml.Text(m.ReportNotTarget+m.Colon+mk.Why.In(m.Lang)), n))
		}
		at = mk.To
	}
	b.Add(safehtml.Text(string(q[at:])))
	return b.HTML()
}

// readingText says a numeric target in a few symbols: "增长 ≥ 10.5%".
func readingText(t reading.Target, m *i18n.Messages) string {
	measure := map[reading.Measure]string{reading.Growth: m.MeasureGrowth, reading.Level: m.MeasureLevel,
		reading.Change: m.MeasureChange, reading.Reduction: m.MeasureReduction}[t.Measure]
	unit := t.Unit
	if unit != "%" && unit != "‰" {
		unit = " " + unit
	}
	if t.Bound == reading.Range {
		return measure + " " + i18n.Number(t.Min, -1) + "–" + i18n.Number(t.Max, -1) + unit
	}
	sign := map[reading.Bound]string{reading.AtLeast: "≥ ", reading.AtMost: "≤ ", reading.About: "≈ ", reading.Exact: "= "}[t.Bound]
	return measure + " " + sign + i18n.Number(t.Value, -1) + unit
}

// ReadingSection is the reading of a report as a section of a page built
// from it (cmd/assemble -report): every clause with what was read there.
func ReadingSection(cs []reading.Clause, t *data.Targets, lang string) safehtml.HTML {
	m := i18n.For(lang)
	return safehtml.Fill(`<section id="report-read-from" aria-labelledby="report-read-h"><h2 id="report-read-h">%s</h2>%s</section>`,
		safehtml.Text(m.ReportReadFrom), Reading(cs, t, lang))
}
