package view

import (
	"strconv"
	"strings"

	"xigong/charts"
	"xigong/data"
	"xigong/describe"
	"xigong/i18n"
	"xigong/internal/safehtml"
	"xigong/internal/tmpl"
	"xigong/model"
)

// Static is the page made from the data, as HTML; every string from the
// data is escaped.
//
//jsongen:encode
type Static struct {
	Lang     string        `json:"lang"`     // "zh" or "en"
	HTMLLang string        `json:"htmlLang"` // "zh-CN" or "en"
	Title    string        `json:"title"`    // plain text
	Intro    string        `json:"intro"`    // plain text
	Body     safehtml.HTML `json:"body"`     // everything in <div id="page">
}

// Render builds the page for scenario r. Sections are more HTML put after
// the targets table: the build adds the plan's structure (see Plan), which
// belongs to the bundled targets only.
func Render(t *data.Targets, r model.Result, lang string, sections ...safehtml.HTML) Static {
	return render(t, r, lang, nil, sections)
}

// render is Render marking the targets whose ids are in corrected as
// corrected by hand (a reader's, on the proofreading desk: see App.Load).
func render(t *data.Targets, r model.Result, lang string, corrected map[string]bool, sections []safehtml.HTML) Static {
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
		Body:     body(t, r, m, corrected, sections),
	}
}

func body(t *data.Targets, r model.Result, m *i18n.Messages, corrected map[string]bool, sections []safehtml.HTML) safehtml.HTML {
	l := update(t, r, m.Lang, nil, nil)
	var b safehtml.Builder
	other, otherName, otherHTML := safehtml.Const("en"), safehtml.Const("English"), safehtml.Const("en")
	if m.Lang == "en" {
		other, otherName, otherHTML = safehtml.Const("zh"), safehtml.Const("中文"), safehtml.Const("zh-CN")
	}
	b.Add(safehtml.Fill(`<header><p class="region">%s <a id="lang-switch" href="?lang=%s" hreflang="%s" lang="%s">%s</a> <button type="button" id="to-report" class="link">%s</button></p><h1 id="title">%s</h1><p id="intro">%s</p></header>`,
		safehtml.Text(t.Region.In(m.Lang)), other, otherHTML, otherHTML, otherName, safehtml.Text(m.ReportJump), safehtml.Text(t.Title.In(m.Lang)), safehtml.Text(intro(t, m))))
	b.Add(safehtml.Fill(`<main><section id="summary" aria-live="polite"><p id="summary-count">%s</p><p id="summary-missed">%s</p><p id="summary-follows">%s</p><p id="notice" role="status" data-link-broken="%s" hidden></p><p id="summary-read" data-see="%s" hidden></p></section>`,
		safehtml.Text(l.Summary), safehtml.Text(l.Missed), safehtml.Text(l.Follows), safehtml.Text(m.LinkDataBroken), safehtml.Text(m.ReportSeeReading)))
	b.Add(safehtml.Fill(`<section class="workspace" aria-labelledby="workspace-h"><h2 id="workspace-h">%s</h2><p id="loading">%s</p><p id="no-chart" role="alert" data-text="%s" data-whole="%s" hidden></p>%s<div id="controls"><div id="figures" data-file="%s" data-caption="%s" data-source="%s" data-title="%s" data-scan="%s" data-too-long="%s" data-offline="%s">%s</div></div></section>`,
		safehtml.Text(m.WorkspaceHeading), safehtml.Text(m.Loading), safehtml.Text(m.NoSuchChart), safehtml.Text(m.WholePage), index(t, m), safehtml.Text(FileName(t)), safehtml.Text(tmpl.Fill(m.ImageCaption, t.Region.In(m.Lang), strconv.Itoa(t.Year))),
		safehtml.Text(m.SourceLabel+m.Colon+t.Source.In(m.Lang)), safehtml.Text(t.Title.In(m.Lang)), safehtml.Text(m.ShareScan), safehtml.Text(m.ShareTooLong), safehtml.Text(m.ShareOffline), pairs(t, r, m)))
	b.Add(safehtml.Fill(`<section aria-labelledby="targets-h"><h2 id="targets-h">%s</h2>%s</section>`,
		safehtml.Text(tmpl.Fill(m.TableHeading, strconv.Itoa(len(t.Indicators)))), folded(t, m, table(t, r, m, corrected))))
	b.Add(words(t, m))
	for _, s := range sections {
		b.Add(s)
	}
	b.Add(safehtml.Const(`</main>`))
	b.Add(safehtml.Fill(`<footer id="source">%s%s%s%s</footer><div id="error" role="alert" data-prefix="%s"%s hidden></div>`,
		source(t, m), reportPanel(m), dataPanel(m), embedPanel(t, m), safehtml.Text(m.ErrorPrefix), failures(m)))
	return b.HTML()
}

func num(x float64) safehtml.HTML { return safehtml.Text(strconv.FormatFloat(x, 'g', -1, 64)) }

// pairs are the charts, each with the sliders of the indicators it is the
// first to show (a phone shows the chart, then its sliders; a wide screen
// the sliders beside the chart), then the buttons. Sliders start disabled:
// the page enables them when the charts are up.
func pairs(t *data.Targets, r model.Result, m *i18n.Messages) safehtml.HTML {
	var b safehtml.Builder
	for _, id := range charts.IDs(t) {
		var sliders safehtml.Builder
		for i := range t.Indicators {
			if charts.Shows(t, i)[0] == id {
				sliders.Add(slider(t, r, m, i))
			}
		}
		if sliders.Len() == 0 {
			b.Add(safehtml.Fill(`<div class="pair alone">%s</div>`, figure(t, r, m, id)))
			continue
		}
		b.Add(safehtml.Fill(`<div class="pair"><div class="sliders">%s</div>%s</div>`, sliders.HTML(), figure(t, r, m, id)))
	}
	b.Add(safehtml.Fill(`<p class="buttons"><button type="button" id="reset" disabled>%s</button> <button type="button" id="copy-link" data-done="%s" data-too-long="%s" disabled>%s</button> <button type="button" id="download-csv" disabled>%s</button></p>`,
		safehtml.Text(m.Reset), safehtml.Text(m.Copied), safehtml.Text(tmpl.Fill(m.LinkTooLongData, i18n.Number(MaxLinkData, 0))), safehtml.Text(m.CopyLink), safehtml.Text(m.DownloadCSV)))
	return b.HTML()
}

// IndexFrom is the number of charted targets from which the page lists
// them, in the report's order, above the charts: the sliders stand by
// chart, and a reader looks for one among many.
const IndexFrom = 13

// index lists the charted targets in the order of the file (a report's
// order), each a button that brings its slider (web/find.js); nothing for
// fewer than IndexFrom.
func index(t *data.Targets, m *i18n.Messages) safehtml.HTML {
	if len(t.Indicators) < IndexFrom {
		return safehtml.Const("")
	}
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<details id="index"><summary>%s</summary><ol>`, safehtml.Text(tmpl.Fill(m.IndexHeading, strconv.Itoa(len(t.Indicators))))))
	for _, in := range t.Indicators {
		b.Add(safehtml.Fill(`<li><button type="button" class="link" data-id="%s">%s</button></li>`, safehtml.Text(in.ID), safehtml.Text(in.Name.In(m.Lang))))
	}
	b.Add(safehtml.Const(`</ol></details>`))
	return b.HTML()
}

// slider is indicator i's labelled slider, with its readout and verdict.
func slider(t *data.Targets, r model.Result, m *i18n.Messages, i int) safehtml.HTML {
	in, row := t.Indicators[i], live(t, r, m, i)
	id := safehtml.Text(in.ID)
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<div class="slider" data-id="%s" data-charts="%s">`, id, safehtml.Text(strings.Join(charts.Shows(t, i), " "))))
	b.Add(safehtml.Fill(`<label for="s-%s"><span class="name">%s</span> <span class="kind">%s</span></label>`,
		id, safehtml.Text(in.Name.In(m.Lang)), safehtml.Text(describe.Kind(m, in))))
	b.Add(safehtml.Fill(`<input type="range" id="s-%s" data-index="%d" min="%s" max="%s" step="%s" value="%s" aria-valuetext="%s" aria-describedby="v-%s" disabled>`,
		id, safehtml.Text(strconv.Itoa(i)), num(in.Scenario.Min), num(in.Scenario.Max), num(in.Scenario.Step), num(r.Verdicts[i].Value), safehtml.Text(row.Value), id))
	b.Add(safehtml.Fill(`<output id="o-%s" for="s-%s">%s</output>`, id, id, safehtml.Text(row.Value)))
	b.Add(safehtml.Fill(`<span id="v-%s" class="%s">%s</span></div>`, id, safehtml.Text(verdictClass(row.Met)), safehtml.Text(row.Verdict)))
	return b.HTML()
}

// figure is the empty box a chart is drawn in, with its downloads and its
// data as a table. The buttons and the disclosure name their chart for
// screen readers, which list them out of context.
func figure(t *data.Targets, r model.Result, m *i18n.Messages, id string) safehtml.HTML {
	var b safehtml.Builder
	title := charts.Title(t, id, m.Lang)
	named := func(what string) safehtml.HTML { return safehtml.Text(what + m.Colon + title) }
	eid := safehtml.Text(id)
	// A chart of rows has a box that grows with its rows (style.css reads
	// these).
	class, size := safehtml.Const("chart"), safehtml.Const("")
	if charts.IsRows(id) {
		rows := charts.Rows(t, id)
		class = safehtml.Const("chart rows")
		size = safehtml.Fill(` style="--h-wide: %spx; --h-narrow: %spx; --print-height: %smm"`,
			safehtml.Text(strconv.Itoa(charts.RowsHeight(t, id, false))), safehtml.Text(strconv.Itoa(charts.RowsHeight(t, id, true))),
			safehtml.Text(strconv.FormatFloat(charts.GrowthPrintHeight(rows), 'f', -1, 64)))
	}
	b.Add(safehtml.Fill(`<figure class="%s" id="fig-%s"%s><div class="chart-box" id="%s"></div><figcaption>`, class, eid, size, safehtml.Text(charts.BoxID(id))))
	b.Add(safehtml.Fill(`<button type="button" class="png" data-chart="%s" aria-label="%s">%s</button> <button type="button" class="svg" data-chart="%s" aria-label="%s">%s</button> <button type="button" class="share" data-chart="%s" aria-label="%s">%s</button>`,
		eid, named(m.DownloadPNG), safehtml.Text(m.DownloadPNG), eid, named(m.DownloadSVG), safehtml.Text(m.DownloadSVG), eid, named(m.DownloadShare), safehtml.Text(m.DownloadShare)))
	b.Add(safehtml.Fill(`<details class="view-data"><summary aria-label="%s">%s</summary><div class="table-wrap">%s</div></details></figcaption></figure>`,
		named(m.ViewData), safehtml.Text(m.ViewData), chartTable(t, r, m, id)))
	return b.HTML()
}

// chartTable is the data of one chart: its targets with their scenario,
// verdict and margin, or for the projection its computed indices.
func chartTable(t *data.Targets, r model.Result, m *i18n.Messages, id string) safehtml.HTML {
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<table class="chart-data"><caption>%s</caption><thead><tr>`, safehtml.Text(charts.Title(t, id, m.Lang))))
	if id == charts.ProjectionID {
		s := charts.NewScene(t, r, m.Lang)
		years := s.Years()
		for _, h := range []string{m.Indicator, years[0], years[1] + " " + m.Target, years[1] + " " + m.Scenario} {
			b.Add(safehtml.Fill(`<th scope="col">%s</th>`, safehtml.Text(h)))
		}
		b.Add(safehtml.Const(`</tr></thead><tbody>`))
		for _, p := range s.Projections() {
			b.Add(safehtml.Fill(`<tr><th scope="row">%s</th><td class="num">100</td><td class="num">%s</td><td class="num" data-projected="%s">%s</td></tr>`,
				safehtml.Text(p.Name), safehtml.Text(i18n.Number(p.Index.Target, 1)), safehtml.Text(p.Key), safehtml.Text(i18n.Number(p.Index.Scenario, 1))))
		}
		b.Add(safehtml.Fill(`</tbody></table><p class="computed">%s</p>`, safehtml.Text(m.ProjectionSub)))
		return b.HTML()
	}
	for _, h := range []string{m.Indicator, m.Target, m.Scenario, m.Verdict, m.Margin} {
		b.Add(safehtml.Fill(`<th scope="col">%s</th>`, safehtml.Text(h)))
	}
	b.Add(safehtml.Const(`</tr></thead><tbody>`))
	for i, in := range t.Indicators {
		if charts.Shows(t, i)[0] != id {
			continue
		}
		b.Add(safehtml.Fill(`<tr data-id="%s"><th scope="row">%s</th><td class="num">%s</td>%s</tr>`,
			safehtml.Text(in.ID), safehtml.Text(in.Name.In(m.Lang)), safehtml.Text(describe.Target(in)), liveCells(live(t, r, m, i), m)))
	}
	b.Add(safehtml.Const(`</tbody></table>`))
	return b.HTML()
}

// liveCells are the cells of a table row that follow the scenario.
func liveCells(row Row, m *i18n.Messages) safehtml.HTML {
	return safehtml.Fill(`<td class="num t-value" data-label="%s">%s</td><td class="t-verdict %s" data-label="%s">%s</td><td class="num t-margin" data-label="%s">%s</td>`,
		safehtml.Text(m.Scenario), safehtml.Text(row.Value), safehtml.Text(verdictClass(row.Met)), safehtml.Text(m.Verdict), safehtml.Text(m.FormatVerdict(row.Met)), safehtml.Text(m.Margin), safehtml.Text(row.Margin))
}

// dataPanel lets a reader chart targets of their own, from a JSON file.
func dataPanel(m *i18n.Messages) safehtml.HTML {
	return safehtml.Fill(`<details id="own-data"><summary>%s</summary><p><label for="data-file">%s</label> <input type="file" id="data-file" accept="application/json,.json,text/plain,.txt"></p>`+
		`<div id="data-errors" role="alert" data-intro="%s" data-too-large="%s" data-not-url="%s" data-other-site="%s" data-fetch-failed="%s" data-read-failed="%s" hidden></div></details>`,
		safehtml.Text(m.OwnData), safehtml.Text(m.OwnDataHelp), safehtml.Text(m.DataErrors), safehtml.Text(m.DataTooLarge), safehtml.Text(m.DataNotURL), safehtml.Text(m.DataOtherSite), safehtml.Text(m.DataFetchFailed), safehtml.Text(m.DataReadFailed))
}

// reportPanel takes the words of a report's targets, which the page reads
// (view.Reading) and charts.
func reportPanel(m *i18n.Messages) safehtml.HTML {
	return safehtml.Fill(`<details id="own-report"><summary>%s</summary><p><label for="report-text">%s</label></p><textarea id="report-text" rows="6" lang="zh-CN"></textarea>`+
		`<p><label>%s <input type="number" id="report-year" min="%s" max="%s" inputmode="numeric"></label> <label>%s <input type="text" id="report-region" maxlength="%s"></label> `+
		`<button type="button" id="report-read" disabled>%s</button> <button type="button" id="report-file" hidden>%s</button></p><div id="report-reading" aria-live="polite"></div></details>`,
		safehtml.Text(m.Report), safehtml.Text(m.ReportHelp), safehtml.Text(m.ReportYear), safehtml.Text(strconv.Itoa(data.MinYear)), safehtml.Text(strconv.Itoa(data.MaxYear)),
		safehtml.Text(m.ReportRegion), safehtml.Text(strconv.Itoa(data.MaxNameLen)), safehtml.Text(m.ReportRead), safehtml.Text(m.ReportFile))
}

// embedPanel lets a reader pick a chart and a language and copy the snippets
// that embed it; the page's script fills them in.
func embedPanel(t *data.Targets, m *i18n.Messages) safehtml.HTML {
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<details id="embed"><summary>%s</summary><p class="embed-pick"><label>%s <select id="embed-chart">`, safehtml.Text(m.EmbedHeading), safehtml.Text(m.EmbedChart)))
	for _, id := range charts.IDs(t) {
		// A chart of rows: its rows, for embed.js, when they are more or
		// fewer than the frame heights were measured on (FrameRows, the
		// growth chart's) or it is not the growth chart.
		grow := safehtml.Const("")
		if rows := charts.Rows(t, id); charts.IsRows(id) && (rows != FrameRows || id != charts.GrowthID) {
			grow = safehtml.Fill(` data-rows="%s"`, safehtml.Text(strconv.Itoa(rows)))
		}
		b.Add(safehtml.Fill(`<option value="%s" data-title-zh="%s" data-title-en="%s"%s>%s</option>`,
			safehtml.Text(id), safehtml.Text(charts.Title(t, id, "zh")), safehtml.Text(charts.Title(t, id, "en")), grow, safehtml.Text(charts.Title(t, id, m.Lang))))
	}
	b.Add(safehtml.Fill(`</select></label> <label>%s <select id="embed-lang"><option value="zh" lang="zh-CN">中文</option><option value="en"%s>English</option></select></label></p>`,
		safehtml.Text(m.EmbedLang), map[bool]safehtml.HTML{true: safehtml.Const(" selected")}[m.Lang == "en"]))
	b.Add(safehtml.Const(`<div id="embed-snippets">`))
	for _, s := range []struct{ id, label string }{{"embed-script", m.EmbedScript}, {"embed-iframe", m.EmbedIframe}} {
		id := safehtml.Text(s.id)
		b.Add(safehtml.Fill(`<p><label for="%s">%s</label> <button type="button" class="copy" data-for="%s" data-done="%s">%s</button><textarea id="%s" rows="3" readonly></textarea></p>`,
			id, safehtml.Text(s.label), id, safehtml.Text(m.Copied), safehtml.Text(m.Copy), id))
	}
	b.Add(safehtml.Fill(`</div><p id="embed-own-too-long" hidden>%s</p><p class="embed-note">%s</p></details>`, safehtml.Text(m.EmbedOwnTooLong), safehtml.Text(m.EmbedNote)))
	return b.HTML()
}

// folded is the targets table in its scrolling region; for IndexFrom
// targets or more, in a disclosure, open, that web/find.js folds on a
// phone: there each target's slider says its kind, value and verdict, and
// the table of thirty would add as many cards (about 4,400 px).
func folded(t *data.Targets, m *i18n.Messages, table safehtml.HTML) safehtml.HTML {
	wrap := safehtml.Fill(`<div id="targets" class="table-wrap" tabindex="0" role="region" aria-labelledby="targets-caption">%s</div>`, table)
	if len(t.Indicators) < IndexFrom {
		return wrap
	}
	return safehtml.Fill(`<details id="targets-fold" open><summary>%s</summary>%s</details>`, safehtml.Text(m.TableFold), wrap)
}

// table is the targets with the scenario, verdict and margin of each; the
// name of a target whose id is in corrected says it was corrected by hand,
// as its number may differ from the words beside it.
func table(t *data.Targets, r model.Result, m *i18n.Messages, corrected map[string]bool) safehtml.HTML {
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<table id="targets-table"><caption id="targets-caption">%s</caption><thead><tr>`, safehtml.Text(t.Title.In(m.Lang))))
	for _, h := range []string{m.Indicator, m.Quote, m.Target, m.Kind, m.Scenario, m.Verdict, m.Margin} {
		b.Add(safehtml.Fill(`<th scope="col">%s</th>`, safehtml.Text(h)))
	}
	b.Add(safehtml.Const(`</tr></thead><tbody>`))
	for i, in := range t.Indicators {
		row := live(t, r, m, i)
		mark := safehtml.Const("")
		if corrected[in.ID] {
			mark = correctedMark(m)
		}
		b.Add(safehtml.Fill(`<tr data-id="%s"><th scope="row">%s%s</th><td lang="zh-CN" data-label="%s">%s</td><td class="num" data-label="%s">%s</td><td data-label="%s">%s</td>`,
			safehtml.Text(in.ID), safehtml.Text(in.Name.In(m.Lang)), mark, safehtml.Text(m.Quote), safehtml.Text(in.Quote), safehtml.Text(m.Target), safehtml.Text(describe.Target(in)), safehtml.Text(m.Kind), safehtml.Text(describe.Kind(m, in))))
		b.Add(liveCells(row, m), safehtml.Const(`</tr>`))
	}
	b.Add(safehtml.Const(`</tbody></table>`))
	return b.HTML()
}

// words lists the targets shown as printed and not charted: those in
// words, and those of a kind the page cannot chart yet; nothing when none.
func words(t *data.Targets, m *i18n.Messages) safehtml.HTML {
	if len(t.Words) == 0 {
		return safehtml.HTML{}
	}
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<section aria-labelledby="words-h"><h2 id="words-h">%s</h2><ul id="words">`, safehtml.Text(tmpl.Fill(m.WordsHeading, strconv.Itoa(len(t.Words))))))
	for _, w := range t.Words {
		kind := wordKind(w, m)
		var name safehtml.HTML
		if n := w.Name.In(m.Lang); n != w.Quote { // a target in words is often named by its words
			name = safehtml.Fill(`<strong>%s</strong>%s`, safehtml.Text(n), safehtml.Text(m.Colon))
		}
		b.Add(safehtml.Fill(`<li>%s<q lang="zh-CN">%s</q><span class="word-kind">%s</span></li>`,
			name, safehtml.Text(w.Quote), safehtml.Text(m.Open+kind+m.Close)))
	}
	b.Add(safehtml.Const(`</ul></section>`))
	return b.HTML()
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
func source(t *data.Targets, m *i18n.Messages) safehtml.HTML {
	var b safehtml.Builder
	b.Add(safehtml.Fill(`<p><strong>%s%s</strong>%s</p>`, safehtml.Text(m.SourceLabel), safehtml.Text(m.Colon), safehtml.Text(t.Source.In(m.Lang))))
	if t.Source.Credit != "" {
		b.Add(safehtml.Fill(`<p><strong>%s%s</strong><span lang="zh-CN">%s</span></p>`, safehtml.Text(m.CreditLabel), safehtml.Text(m.Colon), safehtml.Text(t.Source.Credit)))
	}
	for _, note := range aboutNotes(t, m) {
		b.Add(safehtml.Fill(`<p>%s</p>`, safehtml.Text(note)))
	}
	if t.Projection.GDP != "" {
		b.Add(safehtml.Fill(`<p>%s</p>`, safehtml.Text(m.ComputedNote)))
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
			b.Add(safehtml.Fill(`<p lang="en">%s</p>`, safehtml.Text(tmpl.Fill(m.Untranslated, strings.Join(zh, m.Semi)))))
		}
	}
	return b.HTML()
}

// failures are the data-* attributes of #error with the page's scripts'
// failure messages in its language (dom.js's failure reads them).
func failures(m *i18n.Messages) safehtml.HTML {
	var b safehtml.Builder
	for _, f := range []struct{ attr, text string }{
		{"no-boot", m.FailNoBoot}, {"go-stopped", m.FailGoStopped}, {"go-not-started", m.FailGoNotStarted},
		{"no-options", m.FailNoOptions}, {"no-lang", m.FailNoLang}, {"lang-fetch", m.FailLangFetch},
		{"no-decompress", m.FailNoDecompress}, {"module-damaged", m.FailModuleDamaged}, {"page-damaged", m.FailPageDamaged},
		{"no-wasm", m.FailNoWasm}, {"no-module", m.FailNoModule}, {"wasm-refused", m.FailWasmRefused},
		{"no-script", m.FailNoScript}, {"png", m.FailPNG}, {"no-worker", m.FailNoWorker}, {"script-damaged", m.FailScriptDamaged},
	} {
		b.Add(safehtml.Fill(` data-%s="%s"`, safehtml.Text(f.attr), safehtml.Text(f.text)))
	}
	return b.HTML()
}

// MaxLinkData is the longest data part of a link that carries a reader's
// targets, in characters (MAX_DATA in web/constants.js, from cmd/jsconst).
const MaxLinkData = 8000

// FileName is the base name of the files a reader downloads, from the
// targets' region (in English) and year: "xigong-district-luoyang-2015";
// "targets-2024" when the region has no Latin letters or digits.
func FileName(t *data.Targets) string {
	name := data.Slug(t.Region.EN, 60)
	if name == "" {
		name = "targets"
	}
	return name + "-" + strconv.Itoa(t.Year)
}

// aboutNotes say how the "about" targets of t are read, one note for the
// targets of each tolerance and unit, in the order of the first of them:
// "地区生产总值；城乡居民收入：“左右”按 ±0.5 个百分点计，为本工具的假设" (a
// report of thirty targets says it once, not thirty times). The notes of
// either language are of the same targets, in the same order (the CSV
// pairs them).
func aboutNotes(t *data.Targets, m *i18n.Messages) []string {
	type tolerance struct {
		of   float64
		unit string
	}
	var order []tolerance
	names := map[tolerance][]string{}
	for _, in := range t.Indicators {
		if !in.IsAbout() {
			continue
		}
		k := tolerance{in.Tolerance, in.Unit}
		if names[k] == nil {
			order = append(order, k)
		}
		names[k] = append(names[k], in.Name.In(m.Lang))
	}
	notes := make([]string, len(order))
	for n, k := range order {
		notes[n] = strings.Join(names[k], m.Semi) + m.Colon + tmpl.Fill(m.AboutAssumption, m.Points(i18n.Number(k.of, -1), k.unit))
	}
	return notes
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
