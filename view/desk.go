package view

import (
	"strconv"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/safehtml"
	"xigong/reading"
)

// Desk is the proofreading desk of a reader's targets file (v2): every
// target with its words, the numbers read as targets marked, what it was
// read as, and a form to correct it in place (names, measure, bound,
// numbers, unit) or drop it, which web/desk.js sends to the Go program
// (reading.Correct). A target corrected before says so; on the English
// page, a target with no dictionary name says so. Every string from the
// file is escaped.
func Desk(f data.FileV2, lang string) safehtml.HTML {
	m := i18n.For(lang)
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<section id="desk" aria-labelledby="desk-h"><h2 id="desk-h">%s</h2><p class="desk-help">%s</p><ol class="desk" data-bad-number="%s" data-bad-range="%s" data-no-unit="%s" data-done="%s">`,
		safehtml.Text(m.DeskHeading), safehtml.Text(m.DeskHelp), safehtml.Text(m.DeskBadNumber), safehtml.Text(m.DeskBadRange), safehtml.Text(m.DeskNoUnit), safehtml.Text(m.DeskDone)))
	for i, in := range f.Indicators {
		b.Add(deskRow(i, in, m))
	}
	b.Add(safehtml.Const(`</ol></section>`))
	return b.HTML()
}

// correctedMark says a target was corrected by hand, on the desk and in
// the targets table.
func correctedMark(m *i18n.Messages) safehtml.HTML {
	return safehtml.Fill(` <span class="desk-corrected">%s</span>`, safehtml.Text(m.DeskCorrected))
}

// deskRow is target i of the desk: the target, its words, and its form.
func deskRow(i int, in data.IndicatorV2, m *i18n.Messages) safehtml.HTML {
	t := reading.TargetOf(in)
	n := strconv.Itoa(i)
	name := in.Name.In(m.Lang)
	read := m.ReportWords
	if t.Bound != reading.Qualitative {
		read = readingText(t, m)
	}
	var flags safehtml.Builder
	if in.Corrected {
		flags.Add(correctedMark(m))
	}
	if m.Lang == "en" && in.Untranslated {
		flags.Add(safehtml.Fill(` <span class="desk-untranslated">%s</span>`, safehtml.Text(m.Open+m.DeskNoEnglish+m.Close)))
	}
	var words safehtml.Builder
	for _, cl := range reading.Read(in.Quote) {
		words.Add(quoteMarked(cl, m))
	}
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<li id="desk-%s" class="desk-row" data-index="%s"><p class="desk-target"><b>%s</b>%s%s%s</p><q class="desk-words">%s</q> `,
		safehtml.Text(n), safehtml.Text(n), safehtml.Text(name), safehtml.Text(m.Colon), safehtml.Text(read), flags.HTML(), words.HTML()))
	b.Add(safehtml.Fill(`<button type="button" class="desk-edit" aria-expanded="false" aria-controls="desk-form-%s">%s</button>`, safehtml.Text(n), safehtml.Text(m.DeskCorrect)))
	b.Add(deskForm(n, in, t, m))
	b.Add(safehtml.Const(`</li>`))
	return b.HTML()
}

// deskForm is the form that corrects target n, filled with what it is now.
func deskForm(n string, in data.IndicatorV2, t reading.Target, m *i18n.Messages) safehtml.HTML {
	field := func(label, name, value, mode string) safehtml.HTML {
		return safehtml.Fill(`<label class="desk-%s">%s <input name="%s" value="%s" inputmode="%s" autocomplete="off"></label>`,
			safehtml.Text(name), safehtml.Text(label), safehtml.Text(name), safehtml.Text(value), safehtml.Text(mode))
	}
	num := func(x float64) string {
		if t.Bound == reading.Qualitative {
			return ""
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	en := in.Name.EN
	if in.Untranslated {
		en = ""
	}
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<form class="desk-form" id="desk-form-%s" hidden>`, safehtml.Text(n)))
	b.Add(field(m.DeskName, "name", in.Name.ZH, "text"))
	b.Add(field(m.DeskNameEN, "nameEN", en, "text"))
	b.Add(deskSelect(m.DeskMeasure, "measure", string(t.Measure), [][2]string{
		{string(reading.Growth), m.MeasureGrowth}, {string(reading.Level), m.MeasureLevel},
		{string(reading.Change), m.MeasureChange}, {string(reading.Reduction), m.MeasureReduction}}))
	b.Add(deskSelect(m.DeskBound, "bound", string(t.Bound), [][2]string{
		{string(reading.AtLeast), m.BoundAtLeast}, {string(reading.AtMost), m.BoundAtMost}, {string(reading.About), m.BoundAbout},
		{string(reading.Exact), m.BoundExact}, {string(reading.Range), m.BoundRange}, {string(reading.Qualitative), m.BoundWords}}))
	b.Add(field(m.DeskValue, "value", num(t.Value), "decimal"))
	b.Add(field(m.DeskMin, "min", num(t.Min), "decimal"))
	b.Add(field(m.DeskMax, "max", num(t.Max), "decimal"))
	b.Add(field(m.DeskUnit, "unit", t.Unit, "text"))
	b.Add(safehtml.Fill(`<p class="desk-error" role="alert" hidden></p><p class="desk-buttons"><button type="submit">%s</button> <button type="button" class="desk-drop">%s</button> <button type="button" class="desk-cancel">%s</button></p></form>`,
		safehtml.Text(m.DeskApply), safehtml.Text(m.DeskDrop), safehtml.Text(m.DeskCancel)))
	return b.HTML()
}

// deskSelect is a labelled choice among options (value, label), at value.
func deskSelect(label, name, value string, options [][2]string) safehtml.HTML {
	var opts safehtml.Builder
	for _, o := range options {
		sel := safehtml.Const("")
		if o[0] == value {
			sel = safehtml.Const(" selected")
		}
		opts.Add(safehtml.Fill(`<option value="%s"%s>%s</option>`, safehtml.Text(o[0]), sel, safehtml.Text(o[1])))
	}
	return safehtml.Fill(`<label class="desk-%s">%s <select name="%s">%s</select></label>`, safehtml.Text(name), safehtml.Text(label), safehtml.Text(name), opts.HTML())
}
