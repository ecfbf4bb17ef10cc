package view

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"xigong/data"
	"xigong/i18n"
	"xigong/model"
)

// Static is the HTML of the parts of the page made from the data. Every
// string from the data is escaped.
type Static struct {
	Lang     string `json:"lang"`
	Title    string `json:"title"` // plain text
	Intro    string `json:"intro"` // plain text
	Controls string `json:"controls"`
	Table    string `json:"table"`
	Source   string `json:"source"`
}

// Render builds the static parts of the page for scenario r.
func Render(t *data.Targets, r model.Result, lang string) Static {
	m := i18n.For(lang)
	return Static{
		Lang:     m.Lang,
		Title:    t.Title.In(lang),
		Intro:    m.Intro,
		Controls: controls(t, r, m),
		Table:    table(t, r, m),
		Source:   source(t, m),
	}
}

var esc = html.EscapeString

func num(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// controls is one labelled slider per indicator, with its readout and
// verdict, and the reset button. Sliders start disabled: the page enables
// them when the charts are up.
func controls(t *data.Targets, r model.Result, m *i18n.Messages) string {
	var b strings.Builder
	for i, in := range t.Indicators {
		row := live(t, r, m, i)
		id := esc(in.ID)
		fmt.Fprintf(&b, `<div class="slider" data-id="%s">`, id)
		fmt.Fprintf(&b, `<label for="s-%s"><span class="name">%s</span> <span class="kind">%s</span></label>`,
			id, esc(in.Name.In(m.Lang)), esc(m.KindOf(in)))
		fmt.Fprintf(&b, `<input type="range" id="s-%s" data-index="%d" min="%s" max="%s" step="%s" value="%s" aria-valuetext="%s" aria-describedby="v-%s" disabled>`,
			id, i, num(in.Scenario.Min), num(in.Scenario.Max), num(in.Scenario.Step), num(r.Verdicts[i].Value), esc(row.Value), id)
		fmt.Fprintf(&b, `<output id="o-%s" for="s-%s">%s</output>`, id, id, esc(row.Value))
		fmt.Fprintf(&b, `<span id="v-%s" class="%s">%s</span>`, id, verdictClass(row.Met), esc(row.Verdict))
		b.WriteString(`</div>`)
	}
	fmt.Fprintf(&b, `<button type="button" id="reset" disabled>%s</button>`, esc(m.Reset))
	return b.String()
}

// table is the targets with the scenario, verdict and margin of each.
func table(t *data.Targets, r model.Result, m *i18n.Messages) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<table id="targets-table"><caption>%s</caption><thead><tr>`, esc(t.Title.In(m.Lang)))
	for _, h := range []string{m.Indicator, m.Quote, m.Target, m.Kind, m.Scenario, m.Verdict, m.Margin} {
		fmt.Fprintf(&b, `<th scope="col">%s</th>`, esc(h))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for i, in := range t.Indicators {
		row := live(t, r, m, i)
		fmt.Fprintf(&b, `<tr data-id="%s"><th scope="row">%s</th><td lang="zh-CN">%s</td><td class="num">%s</td><td>%s</td>`,
			esc(in.ID), esc(in.Name.In(m.Lang)), esc(in.Quote), esc(i18n.Value(in.Value, -1, in.Unit)), esc(m.KindOf(in)))
		fmt.Fprintf(&b, `<td class="num t-value">%s</td><td class="t-verdict %s">%s</td><td class="num t-margin">%s</td></tr>`,
			esc(row.Value), verdictClass(row.Met), esc(m.FormatVerdict(row.Met)), esc(row.Margin))
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// source is the source line, the credit and the notes on what is assumed
// and what is computed.
func source(t *data.Targets, m *i18n.Messages) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<p><strong>%s%s</strong>%s</p>`, esc(m.SourceLabel), esc(m.Colon), esc(sourceText(t, m)))
	if t.Source.Credit != "" {
		fmt.Fprintf(&b, `<p><strong>%s%s</strong><span lang="zh-CN">%s</span></p>`, esc(m.CreditLabel), esc(m.Colon), esc(t.Source.Credit))
	}
	for _, in := range t.Indicators {
		if in.Bound == data.About {
			fmt.Fprintf(&b, `<p>%s%s%s</p>`, esc(in.Name.In(m.Lang)), esc(m.Colon), esc(fmt.Sprintf(m.AboutAssumption, i18n.Number(in.Tolerance, -1)+" "+m.Points(in.Unit))))
		}
	}
	fmt.Fprintf(&b, `<p>%s</p>`, esc(m.ComputedNote))
	return b.String()
}

func sourceText(t *data.Targets, m *i18n.Messages) string {
	if m.Lang == "en" {
		return t.Source.EN
	}
	return t.Source.ZH
}

func verdictClass(met bool) string {
	if met {
		return "verdict met"
	}
	return "verdict missed"
}
