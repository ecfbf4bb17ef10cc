package view

import (
	"sort"
	"strconv"
	"strings"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/safehtml"
	"xigong/model"
)

// Plan is the section that shows the plan behind the targets as a tree of
// disclosures: every node its name, its sentence from the seed (the words
// that name a target marked) and its linked targets, each with its verdict
// under scenario r, which the page keeps up to date. A filter opens the
// parts linked to one target. It is made at build time for the bundled
// targets only: p.Check(t) must hold.
func Plan(p *data.Plan, t *data.Targets, r model.Result, lang string) safehtml.HTML {
	m := i18n.For(lang)
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<section id="plan" aria-labelledby="plan-h"><h2 id="plan-h">%s</h2><p class="plan-intro">%s</p>`, safehtml.Text(m.PlanHeading), safehtml.Text(m.PlanIntro)))
	b.Add(safehtml.Fill(`<p class="plan-tools"><label for="plan-filter">%s</label> <select id="plan-filter"><option value="">%s</option>`, safehtml.Text(m.PlanFilter), safehtml.Text(m.PlanAll)))
	for _, in := range t.Indicators {
		if n := len(p.Linked(in.ID)); n > 0 {
			b.Add(safehtml.Fill(`<option value="%s">%s (%s)</option>`, safehtml.Text(in.ID), safehtml.Text(in.Name.In(m.Lang)), safehtml.Text(strconv.Itoa(n))))
		}
	}
	b.Add(safehtml.Fill(`</select> <button type="button" id="plan-expand">%s</button> <button type="button" id="plan-collapse">%s</button></p>`, safehtml.Text(m.PlanExpand), safehtml.Text(m.PlanCollapse)))
	b.Add(safehtml.Const(`<ul class="plan-tree">`))
	planNode(&b, &p.Root, 0, t, r, m)
	b.Add(safehtml.Const(`</ul></section>`))
	return b.HTML()
}

func planNode(b *safehtml.Builder, n *data.PlanNode, depth int, t *data.Targets, r model.Result, m *i18n.Messages) {
	ids := make([]string, len(n.Targets))
	for i, l := range n.Targets {
		ids[i] = l.ID
	}
	b.Add(safehtml.Fill(`<li id="plan-%s"`, safehtml.Text(n.ID)))
	if len(ids) > 0 {
		b.Add(safehtml.Fill(` data-targets="%s"`, safehtml.Text(strings.Join(ids, " "))))
	}
	b.Add(safehtml.Const(`><details`))
	if depth == 0 {
		b.Add(safehtml.Const(` open`))
	}
	b.Add(safehtml.Fill(`><summary>%s`, safehtml.Text(n.Name.In(m.Lang))))
	if len(n.Children) > 0 {
		b.Add(safehtml.Fill(` <span class="count">%s</span>`, safehtml.Text(strconv.Itoa(len(n.Children)))))
	}
	b.Add(safehtml.Const(`</summary>`))
	if q := n.Quote.In(m.Lang); q != n.Name.In(m.Lang) {
		phrases := make([]string, len(n.Targets))
		for i, l := range n.Targets {
			phrases[i] = l.Phrase.In(m.Lang)
		}
		b.Add(safehtml.Fill(`<blockquote>%s</blockquote>`, marked(q, phrases)))
	}
	if n.Note != nil {
		b.Add(safehtml.Fill(`<p class="plan-note">%s</p>`, safehtml.Text(n.Note.In(m.Lang))))
	}
	if len(n.Targets) > 0 {
		b.Add(safehtml.Fill(`<p class="plan-links">%s`, safehtml.Text(m.PlanTargets+m.Colon)))
		for _, l := range n.Targets {
			i := t.Index(l.ID)
			if i < 0 {
				continue // Plan's contract: p.Check(t) holds
			}
			met := r.Verdicts[i].Met
			id := safehtml.Text(l.ID)
			b.Add(safehtml.Fill(` <a href="#s-%s" data-target="%s"><span class="%s" data-verdict-for="%s">%s</span> %s</a>`,
				id, id, safehtml.Text(verdictClass(met)), id, safehtml.Text(mark(met)), safehtml.Text(t.Indicators[i].Name.In(m.Lang))))
		}
		b.Add(safehtml.Const(`</p>`))
	}
	if len(n.Children) > 0 {
		b.Add(safehtml.Const(`<ul>`))
		for i := range n.Children {
			planNode(b, &n.Children[i], depth+1, t, r, m)
		}
		b.Add(safehtml.Const(`</ul>`))
	}
	b.Add(safehtml.Const(`</details></li>`))
}

// mark is the shape that says met or missed, besides the colour.
func mark(met bool) string {
	if met {
		return "✓"
	}
	return "✗"
}

// marked escapes s and wraps the first place of each phrase in <mark>;
// phrases that overlap one already marked are left.
func marked(s string, phrases []string) safehtml.HTML {
	type span struct{ from, to int }
	var spans []span
	for _, ph := range phrases {
		if i := strings.Index(s, ph); ph != "" && i >= 0 {
			spans = append(spans, span{i, i + len(ph)})
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].from < spans[b].from })
	var b safehtml.Builder
	at := 0
	for _, sp := range spans {
		if sp.from < at {
			continue
		}
		b.Add(safehtml.Text(s[at:sp.from]), safehtml.Fill(`<mark>%s</mark>`, safehtml.Text(s[sp.from:sp.to])))
		at = sp.to
	}
	b.Add(safehtml.Text(s[at:]))
	return b.HTML()
}
