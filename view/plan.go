package view

import (
	"sort"
	"strconv"
	"strings"

	"xigong/data"
	"xigong/i18n"
	"xigong/model"
)

// Plan is the section that shows the plan behind the targets as a tree of
// disclosures: every node its name, its sentence from the seed (the words
// that name a target marked) and its linked targets, each with its verdict
// under scenario r, which the page keeps up to date. A filter opens the
// parts linked to one target. It is made at build time for the bundled
// targets only: p.Check(t) must hold.
func Plan(p *data.Plan, t *data.Targets, r model.Result, lang string) string {
	m := i18n.For(lang)
	var b strings.Builder
	b.WriteString(`<section id="plan" aria-labelledby="plan-h"><h2 id="plan-h">` + esc(m.PlanHeading) + `</h2>`)
	b.WriteString(`<p class="plan-intro">` + esc(m.PlanIntro) + `</p>`)
	b.WriteString(`<p class="plan-tools"><label for="plan-filter">` + esc(m.PlanFilter) + `</label> <select id="plan-filter"><option value="">` + esc(m.PlanAll) + `</option>`)
	for _, in := range t.Indicators {
		if n := len(p.Linked(in.ID)); n > 0 {
			b.WriteString(`<option value="` + esc(in.ID) + `">` + esc(in.Name.In(m.Lang)) + " (" + strconv.Itoa(n) + ")</option>")
		}
	}
	b.WriteString(`</select> <button type="button" id="plan-expand">` + esc(m.PlanExpand) + `</button> <button type="button" id="plan-collapse">` + esc(m.PlanCollapse) + `</button></p>`)
	b.WriteString(`<ul class="plan-tree">`)
	planNode(&b, &p.Root, 0, t, r, m)
	b.WriteString(`</ul></section>`)
	return b.String()
}

func planNode(b *strings.Builder, n *data.PlanNode, depth int, t *data.Targets, r model.Result, m *i18n.Messages) {
	ids := make([]string, len(n.Targets))
	for i, l := range n.Targets {
		ids[i] = l.ID
	}
	b.WriteString(`<li id="plan-` + esc(n.ID) + `"`)
	if len(ids) > 0 {
		b.WriteString(` data-targets="` + esc(strings.Join(ids, " ")) + `"`)
	}
	b.WriteString(`><details`)
	if depth == 0 {
		b.WriteString(` open`)
	}
	b.WriteString(`><summary>` + esc(n.Name.In(m.Lang)))
	if len(n.Children) > 0 {
		b.WriteString(` <span class="count">` + strconv.Itoa(len(n.Children)) + `</span>`)
	}
	b.WriteString(`</summary>`)
	if q := n.Quote.In(m.Lang); q != n.Name.In(m.Lang) {
		phrases := make([]string, len(n.Targets))
		for i, l := range n.Targets {
			phrases[i] = l.Phrase.In(m.Lang)
		}
		b.WriteString(`<blockquote>` + marked(q, phrases) + `</blockquote>`)
	}
	if n.Note != nil {
		b.WriteString(`<p class="plan-note">` + esc(n.Note.In(m.Lang)) + `</p>`)
	}
	if len(n.Targets) > 0 {
		b.WriteString(`<p class="plan-links">` + esc(m.PlanTargets+m.Colon))
		for _, l := range n.Targets {
			i := t.Index(l.ID)
			if i < 0 {
				continue // Plan's contract: p.Check(t) holds
			}
			met := r.Verdicts[i].Met
			b.WriteString(` <a href="#s-` + esc(l.ID) + `" data-target="` + esc(l.ID) + `"><span class="` + verdictClass(met) + `" data-verdict-for="` + esc(l.ID) + `">` + mark(met) + `</span> ` + esc(t.Indicators[i].Name.In(m.Lang)) + `</a>`)
		}
		b.WriteString(`</p>`)
	}
	if len(n.Children) > 0 {
		b.WriteString(`<ul>`)
		for i := range n.Children {
			planNode(b, &n.Children[i], depth+1, t, r, m)
		}
		b.WriteString(`</ul>`)
	}
	b.WriteString(`</details></li>`)
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
func marked(s string, phrases []string) string {
	type span struct{ from, to int }
	var spans []span
	for _, ph := range phrases {
		if i := strings.Index(s, ph); ph != "" && i >= 0 {
			spans = append(spans, span{i, i + len(ph)})
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].from < spans[b].from })
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp.from < at {
			continue
		}
		b.WriteString(esc(s[at:sp.from]) + `<mark>` + esc(s[sp.from:sp.to]) + `</mark>`)
		at = sp.to
	}
	b.WriteString(esc(s[at:]))
	return b.String()
}
