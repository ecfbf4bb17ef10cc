package view

import (
	"strconv"
	"strings"

	"xigong/charts"
	"xigong/data"
	"xigong/i18n"
	"xigong/internal/tmpl"
	"xigong/model"
)

// Static is the page made from the data, as HTML; every string from the
// data is escaped.
//
//jsongen:encode
type Static struct {
	Lang     string `json:"lang"`     // "zh" or "en"
	HTMLLang string `json:"htmlLang"` // "zh-CN" or "en"
	Title    string `json:"title"`    // plain text
	Intro    string `json:"intro"`    // plain text
	Body     string `json:"body"`     // HTML of everything in <div id="page">
}

// Render builds the page for scenario r. Sections are more HTML put after
// the targets table: the build adds the plan's structure (see Plan), which
// belongs to the bundled targets only.
func Render(t *data.Targets, r model.Result, lang string, sections ...string) Static {
	m := i18n.For(lang)
	htmlLang := "zh-CN"
	if m.Lang == "en" {
		htmlLang = "en"
	}
	return Static{
		Lang:     m.Lang,
		HTMLLang: htmlLang,
		Title:    t.Title.In(m.Lang),
		Intro:    intro(t, m),
		Body:     body(t, r, m, sections),
	}
}

func body(t *data.Targets, r model.Result, m *i18n.Messages, sections []string) string {
	l := update(t, r, m.Lang, nil, nil)
	var b strings.Builder
	other, otherName, otherHTML := "en", "English", "en"
	if m.Lang == "en" {
		other, otherName, otherHTML = "zh", "中文", "zh-CN"
	}
	b.WriteString(tmpl.Fill(`<header><p class="region">%s <a id="lang-switch" href="?lang=%s" hreflang="%s" lang="%s">%s</a></p><h1 id="title">%s</h1><p id="intro">%s</p></header>`,
		esc(t.Region.In(m.Lang)), other, otherHTML, otherHTML, otherName, esc(t.Title.In(m.Lang)), esc(intro(t, m))))
	b.WriteString(tmpl.Fill(`<main><section id="summary" aria-live="polite"><p id="summary-count">%s</p><p id="summary-missed">%s</p><p id="summary-follows">%s</p><p id="notice" role="status" data-link-broken="%s" hidden></p></section>`,
		esc(l.Summary), esc(l.Missed), esc(l.Follows), esc(m.LinkDataBroken)))
	b.WriteString(tmpl.Fill(`<section class="workspace" aria-labelledby="workspace-h"><h2 id="workspace-h">%s</h2><p id="loading">%s</p><p id="no-chart" role="alert" data-text="%s" data-whole="%s" hidden></p><div id="controls"><div id="figures" data-file="%s" data-caption="%s">%s</div></div></section>`,
		esc(m.WorkspaceHeading), esc(m.Loading), esc(m.NoSuchChart), esc(m.WholePage), esc(FileName(t)), esc(tmpl.Fill(m.ImageCaption, t.Region.In(m.Lang), strconv.Itoa(t.Year))), pairs(t, r, m)))
	b.WriteString(tmpl.Fill(`<section aria-labelledby="targets-h"><h2 id="targets-h">%s</h2><div id="targets" class="table-wrap" tabindex="0" role="region" aria-labelledby="targets-caption">%s</div></section>`,
		esc(tmpl.Fill(m.TableHeading, strconv.Itoa(len(t.Indicators)))), table(t, r, m)))
	b.WriteString(words(t, m))
	for _, s := range sections {
		b.WriteString(s)
	}
	b.WriteString(`</main>`)
	b.WriteString(tmpl.Fill(`<footer id="source">%s%s</footer><div id="error" role="alert" data-prefix="%s"%s hidden></div>`,
		source(t, m), dataPanel(m)+embedPanel(t, m), esc(m.ErrorPrefix), failures(m)))
	return b.String()
}

var esc = charts.EscapeHTML

func num(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// pairs are the charts, each with the sliders of the indicators it is the
// first to show (a phone shows the chart, then its sliders; a wide screen
// the sliders beside the chart), then the buttons. Sliders start disabled:
// the page enables them when the charts are up.
func pairs(t *data.Targets, r model.Result, m *i18n.Messages) string {
	var b strings.Builder
	for _, id := range charts.IDs(t) {
		var sliders strings.Builder
		for i := range t.Indicators {
			if charts.Shows(t, i)[0] == id {
				sliders.WriteString(slider(t, r, m, i))
			}
		}
		if sliders.Len() == 0 {
			b.WriteString(`<div class="pair alone">` + figure(t, r, m, id) + `</div>`)
			continue
		}
		b.WriteString(`<div class="pair"><div class="sliders">` + sliders.String() + `</div>` + figure(t, r, m, id) + `</div>`)
	}
	b.WriteString(tmpl.Fill(`<p class="buttons"><button type="button" id="reset" disabled>%s</button> <button type="button" id="copy-link" data-done="%s" data-too-long="%s" disabled>%s</button> <button type="button" id="download-csv" disabled>%s</button></p>`,
		esc(m.Reset), esc(m.Copied), esc(tmpl.Fill(m.LinkTooLongData, i18n.Number(MaxLinkData, 0))), esc(m.CopyLink), esc(m.DownloadCSV)))
	return b.String()
}

// slider is indicator i's labelled slider, with its readout and verdict.
func slider(t *data.Targets, r model.Result, m *i18n.Messages, i int) string {
	in, row := t.Indicators[i], live(t, r, m, i)
	id := esc(in.ID)
	var b strings.Builder
	b.WriteString(tmpl.Fill(`<div class="slider" data-id="%s" data-charts="%s">`, id, esc(strings.Join(charts.Shows(t, i), " "))))
	b.WriteString(tmpl.Fill(`<label for="s-%s"><span class="name">%s</span> <span class="kind">%s</span></label>`,
		id, esc(in.Name.In(m.Lang)), esc(m.KindOf(in))))
	b.WriteString(tmpl.Fill(`<input type="range" id="s-%s" data-index="%d" min="%s" max="%s" step="%s" value="%s" aria-valuetext="%s" aria-describedby="v-%s" disabled>`,
		id, strconv.Itoa(i), num(in.Scenario.Min), num(in.Scenario.Max), num(in.Scenario.Step), num(r.Verdicts[i].Value), esc(row.Value), id))
	b.WriteString(tmpl.Fill(`<output id="o-%s" for="s-%s">%s</output>`, id, id, esc(row.Value)))
	b.WriteString(tmpl.Fill(`<span id="v-%s" class="%s">%s</span></div>`, id, verdictClass(row.Met), esc(row.Verdict)))
	return b.String()
}

// figure is the empty box a chart is drawn in, with its downloads and its
// data as a table. The buttons and the disclosure name their chart for
// screen readers, which list them out of context.
func figure(t *data.Targets, r model.Result, m *i18n.Messages, id string) string {
	var b strings.Builder
	title := charts.Title(t, id, m.Lang)
	named := func(what string) string { return esc(what + m.Colon + title) }
	eid := esc(id)
	b.WriteString(tmpl.Fill(`<figure class="chart" id="fig-%s"><div class="chart-box" id="%s"></div><figcaption>`, eid, esc(charts.BoxID(id))))
	b.WriteString(tmpl.Fill(`<button type="button" class="png" data-chart="%s" aria-label="%s">%s</button> <button type="button" class="svg" data-chart="%s" aria-label="%s">%s</button>`,
		eid, named(m.DownloadPNG), esc(m.DownloadPNG), eid, named(m.DownloadSVG), esc(m.DownloadSVG)))
	b.WriteString(tmpl.Fill(`<details class="view-data"><summary aria-label="%s">%s</summary><div class="table-wrap">%s</div></details></figcaption></figure>`,
		named(m.ViewData), esc(m.ViewData), chartTable(t, r, m, id)))
	return b.String()
}

// chartTable is the data of one chart: its targets with their scenario,
// verdict and margin, or for the projection its computed indices.
func chartTable(t *data.Targets, r model.Result, m *i18n.Messages, id string) string {
	var b strings.Builder
	b.WriteString(tmpl.Fill(`<table class="chart-data"><caption>%s</caption><thead><tr>`, esc(charts.Title(t, id, m.Lang))))
	if id == charts.ProjectionID {
		s := charts.NewScene(t, r, m.Lang)
		years := s.Years()
		for _, h := range []string{m.Indicator, years[0], years[1] + " " + m.Target, years[1] + " " + m.Scenario} {
			b.WriteString(tmpl.Fill(`<th scope="col">%s</th>`, esc(h)))
		}
		b.WriteString(`</tr></thead><tbody>`)
		for _, p := range s.Projections() {
			b.WriteString(tmpl.Fill(`<tr><th scope="row">%s</th><td class="num">100</td><td class="num">%s</td><td class="num" data-projected="%s">%s</td></tr>`,
				esc(p.Name), i18n.Number(p.Index.Target, 1), p.Key, i18n.Number(p.Index.Scenario, 1)))
		}
		b.WriteString(tmpl.Fill(`</tbody></table><p class="computed">%s</p>`, esc(m.ProjectionSub)))
		return b.String()
	}
	for _, h := range []string{m.Indicator, m.Target, m.Scenario, m.Verdict, m.Margin} {
		b.WriteString(tmpl.Fill(`<th scope="col">%s</th>`, esc(h)))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for i, in := range t.Indicators {
		if charts.Shows(t, i)[0] != id {
			continue
		}
		b.WriteString(tmpl.Fill(`<tr data-id="%s"><th scope="row">%s</th><td class="num">%s</td>%s</tr>`,
			esc(in.ID), esc(in.Name.In(m.Lang)), esc(i18n.TargetValue(in)), liveCells(live(t, r, m, i), m)))
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// liveCells are the cells of a table row that follow the scenario.
func liveCells(row Row, m *i18n.Messages) string {
	return tmpl.Fill(`<td class="num t-value" data-label="%s">%s</td><td class="t-verdict %s" data-label="%s">%s</td><td class="num t-margin" data-label="%s">%s</td>`,
		esc(m.Scenario), esc(row.Value), verdictClass(row.Met), esc(m.Verdict), esc(m.FormatVerdict(row.Met)), esc(m.Margin), esc(row.Margin))
}

// dataPanel lets a reader chart targets of their own, from a JSON file.
func dataPanel(m *i18n.Messages) string {
	return reportPanel(m) + tmpl.Fill(`<details id="own-data"><summary>%s</summary><p><label for="data-file">%s</label> <input type="file" id="data-file" accept="application/json,.json,text/plain,.txt"></p>`+
		`<div id="data-errors" role="alert" data-intro="%s" data-too-large="%s" data-not-url="%s" data-other-site="%s" data-fetch-failed="%s" data-read-failed="%s" hidden></div></details>`,
		esc(m.OwnData), esc(m.OwnDataHelp), esc(m.DataErrors), esc(m.DataTooLarge), esc(m.DataNotURL), esc(m.DataOtherSite), esc(m.DataFetchFailed), esc(m.DataReadFailed))
}

// reportPanel takes the words of a report's targets, which the page reads
// (view.Reading) and charts.
func reportPanel(m *i18n.Messages) string {
	return tmpl.Fill(`<details id="own-report"><summary>%s</summary><p><label for="report-text">%s</label></p><textarea id="report-text" rows="6" lang="zh-CN"></textarea>`+
		`<p><label>%s <input type="number" id="report-year" min="1949" max="2100" inputmode="numeric"></label> <label>%s <input type="text" id="report-region" maxlength="100"></label> `+
		`<button type="button" id="report-read" disabled>%s</button> <button type="button" id="report-file" hidden>%s</button></p><div id="report-reading" aria-live="polite"></div></details>`,
		esc(m.Report), esc(m.ReportHelp), esc(m.ReportYear), esc(m.ReportRegion), esc(m.ReportRead), esc(m.ReportFile))
}

// embedPanel lets a reader pick a chart and a language and copy the snippets
// that embed it; the page's script fills them in.
func embedPanel(t *data.Targets, m *i18n.Messages) string {
	var b strings.Builder
	b.WriteString(tmpl.Fill(`<details id="embed"><summary>%s</summary><p class="embed-pick"><label>%s <select id="embed-chart">`, esc(m.EmbedHeading), esc(m.EmbedChart)))
	for _, id := range charts.IDs(t) {
		b.WriteString(tmpl.Fill(`<option value="%s" data-title-zh="%s" data-title-en="%s">%s</option>`,
			esc(id), esc(charts.Title(t, id, "zh")), esc(charts.Title(t, id, "en")), esc(charts.Title(t, id, m.Lang))))
	}
	b.WriteString(tmpl.Fill(`</select></label> <label>%s <select id="embed-lang"><option value="zh" lang="zh-CN">中文</option><option value="en"%s>English</option></select></label></p>`,
		esc(m.EmbedLang), map[bool]string{true: " selected"}[m.Lang == "en"]))
	b.WriteString(`<div id="embed-snippets">`)
	for _, s := range []struct{ id, label string }{{"embed-script", m.EmbedScript}, {"embed-iframe", m.EmbedIframe}} {
		b.WriteString(tmpl.Fill(`<p><label for="%s">%s</label> <button type="button" class="copy" data-for="%s" data-done="%s">%s</button><textarea id="%s" rows="3" readonly></textarea></p>`,
			s.id, esc(s.label), s.id, esc(m.Copied), esc(m.Copy), s.id))
	}
	b.WriteString(tmpl.Fill(`</div><p id="embed-own-too-long" hidden>%s</p><p class="embed-note">%s</p></details>`, esc(m.EmbedOwnTooLong), esc(m.EmbedNote)))
	return b.String()
}

// table is the targets with the scenario, verdict and margin of each.
func table(t *data.Targets, r model.Result, m *i18n.Messages) string {
	var b strings.Builder
	b.WriteString(tmpl.Fill(`<table id="targets-table"><caption id="targets-caption">%s</caption><thead><tr>`, esc(t.Title.In(m.Lang))))
	for _, h := range []string{m.Indicator, m.Quote, m.Target, m.Kind, m.Scenario, m.Verdict, m.Margin} {
		b.WriteString(tmpl.Fill(`<th scope="col">%s</th>`, esc(h)))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for i, in := range t.Indicators {
		row := live(t, r, m, i)
		b.WriteString(tmpl.Fill(`<tr data-id="%s"><th scope="row">%s</th><td lang="zh-CN" data-label="%s">%s</td><td class="num" data-label="%s">%s</td><td data-label="%s">%s</td>`,
			esc(in.ID), esc(in.Name.In(m.Lang)), esc(m.Quote), esc(in.Quote), esc(m.Target), esc(i18n.TargetValue(in)), esc(m.Kind), esc(m.KindOf(in))))
		b.WriteString(liveCells(row, m) + `</tr>`)
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// words lists the targets shown as printed and not charted: those in
// words, and those of a kind the page cannot chart yet; "" when none.
func words(t *data.Targets, m *i18n.Messages) string {
	if len(t.Words) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(tmpl.Fill(`<section aria-labelledby="words-h"><h2 id="words-h">%s</h2><ul id="words">`, esc(tmpl.Fill(m.WordsHeading, strconv.Itoa(len(t.Words))))))
	for _, w := range t.Words {
		kind := wordKind(w, m)
		name := ""
		if n := w.Name.In(m.Lang); n != w.Quote { // a target in words is often named by its words
			name = `<strong>` + esc(n) + `</strong>` + esc(m.Colon)
		}
		b.WriteString(tmpl.Fill(`<li>%s<q lang="zh-CN">%s</q><span class="word-kind">%s</span></li>`,
			name, esc(w.Quote), esc(m.Open+kind+m.Close)))
	}
	b.WriteString(`</ul></section>`)
	return b.String()
}

// wordKind says why a target listed is not charted.
func wordKind(w data.Word, m *i18n.Messages) string {
	if w.Kind == data.NotCharted {
		return m.WordsNotCharted
	}
	return m.WordsInWords
}

// source is the source line, the credit and the notes on what is assumed
// and what is computed.
func source(t *data.Targets, m *i18n.Messages) string {
	var b strings.Builder
	b.WriteString(tmpl.Fill(`<p><strong>%s%s</strong>%s</p>`, esc(m.SourceLabel), esc(m.Colon), esc(t.Source.In(m.Lang))))
	if t.Source.Credit != "" {
		b.WriteString(tmpl.Fill(`<p><strong>%s%s</strong><span lang="zh-CN">%s</span></p>`, esc(m.CreditLabel), esc(m.Colon), esc(t.Source.Credit)))
	}
	for _, in := range t.Indicators {
		if in.IsAbout() {
			b.WriteString(`<p>` + esc(aboutNote(in, m)) + `</p>`)
		}
	}
	if t.Projection.GDP != "" {
		b.WriteString(tmpl.Fill(`<p>%s</p>`, esc(m.ComputedNote)))
	}
	if m.Lang == "en" {
		var zh []string
		for _, in := range t.Indicators {
			if in.Name.EN == in.Name.ZH {
				zh = append(zh, in.Name.ZH)
			}
		}
		for _, w := range t.Words {
			if w.Name.EN == w.Name.ZH {
				zh = append(zh, w.Name.ZH)
			}
		}
		if len(zh) > 0 {
			b.WriteString(tmpl.Fill(`<p lang="en">%s</p>`, esc(tmpl.Fill(m.Untranslated, strings.Join(zh, m.Semi)))))
		}
	}
	return b.String()
}

// failures are the data-* attributes of #error with the page's scripts'
// failure messages in its language (dom.js's failure reads them).
func failures(m *i18n.Messages) string {
	var b strings.Builder
	for _, f := range []struct{ attr, text string }{
		{"no-boot", m.FailNoBoot}, {"go-stopped", m.FailGoStopped}, {"go-not-started", m.FailGoNotStarted},
		{"no-options", m.FailNoOptions}, {"no-lang", m.FailNoLang}, {"lang-fetch", m.FailLangFetch},
		{"no-decompress", m.FailNoDecompress}, {"module-damaged", m.FailModuleDamaged}, {"page-damaged", m.FailPageDamaged},
		{"no-wasm", m.FailNoWasm}, {"no-module", m.FailNoModule}, {"wasm-refused", m.FailWasmRefused},
		{"no-script", m.FailNoScript}, {"png", m.FailPNG}, {"no-worker", m.FailNoWorker}, {"script-damaged", m.FailScriptDamaged},
	} {
		b.WriteString(` data-` + f.attr + `="` + esc(f.text) + `"`)
	}
	return b.String()
}

// MaxLinkData is the longest data part of a link that carries a reader's
// targets, in characters (MAX_DATA in web/constants.js, from cmd/jsconst).
const MaxLinkData = 8000

// FileName is the base name of the files a reader downloads, from the
// targets' region (in English) and year: "xigong-district-luoyang-2015";
// "targets-2024" when the region has no Latin letters or digits.
func FileName(t *data.Targets) string {
	var b strings.Builder
	dash := false
	for _, c := range []byte(t.Region.EN) {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A' // ASCII only: strings.ToLower brings Unicode's case tables, 25 kB of the module
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteByte(c)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		b.WriteString("targets")
	}
	return b.String() + "-" + strconv.Itoa(t.Year)
}

// aboutNote says how an "about" target is read: "城乡居民收入：“左右”按
// ±0.5 个百分点计，为本工具的假设".
func aboutNote(in data.Indicator, m *i18n.Messages) string {
	return in.Name.In(m.Lang) + m.Colon + tmpl.Fill(m.AboutAssumption, m.Points(i18n.Number(in.Tolerance, -1), in.Unit))
}

// intro invites the reader to set a scenario, with an example from the
// targets: their first indicator at 15 steps of its slider below its
// target ("地区生产总值增长9%"), or halfway down to the slider's minimum if
// that is nearer.
func intro(t *data.Targets, m *i18n.Messages) string {
	in := t.Indicators[0]
	x := model.Snap(in, max(in.Value-15*in.Scenario.Step, (in.Value+in.Scenario.Min)/2))
	example := m.ExampleGrowth
	if in.IsLevel() {
		example = m.ExampleLevel
	}
	return tmpl.Fill(m.Intro, tmpl.Fill(example, in.Name.In(m.Lang), i18n.Value(x, -1, in.Unit)))
}

func verdictClass(met bool) string {
	if met {
		return "verdict met"
	}
	return "verdict missed"
}
