package view

import (
	"errors"
	"strconv"
	"strings"

	"xigong/charts"
	"xigong/data"
	"xigong/internal/safehtml"
	"xigong/internal/tmpl"
)

// A Size is a chart's box in CSS pixels.
type Size struct{ Width, Height int }

// Narrow is the widest box drawn in the phone layout: the skeletons' media
// rule (charts/skeleton) and style.css's phone heights both switch there.
const Narrow = 520

// DrawnSizes are the sizes at which the build draws each chart of t (ECharts'
// server-side renderer, see cmd/assemble): its box in style.css in windows
// 360, 1024 and 1280 px wide (drawnWidths; a chart of rows has a height
// that follows its rows, charts.RowsHeight). A box shows the widest drawing no
// wider than itself, but a box of the wide layout (over Narrow) never the
// narrow drawing; a box narrower than every drawing shows the narrowest,
// scaled.
func DrawnSizes(t *data.Targets, id string) []Size {
	w := drawnWidths(id)
	if charts.IsRows(id) {
		wide := charts.RowsHeight(t, id, false)
		return []Size{{w[0], charts.RowsHeight(t, id, true)}, {w[1], wide}, {w[2], wide}}
	}
	if id == charts.ProjectionID {
		return []Size{{w[0], 440}, {w[1], 320}, {w[2], 320}}
	}
	return []Size{{w[0], 340}, {w[1], 300}, {w[2], 300}}
}

// drawnWidths are the widths of chart id's box in windows 360, 1024 and
// 1280 px wide: the projection spans the page, the others share it with
// their sliders.
func drawnWidths(id string) []int {
	if id == charts.ProjectionID {
		return []int{318, 982, 1238}
	}
	return []int{318, 578, 834}
}

// A Drawing is one chart drawn by the build: its SVG at each of its
// DrawnSizes, and what it shows in words for screen readers.
type Drawing struct {
	ID    string
	Label string   // the chart's aria description
	SVG   []string // one per DrawnSizes(ID), cleaned by the build
}

// DrawnStyle is the CSS of the page's charts before any script has run: it
// shows each chart's drawing for its box's width (container queries on
// .chart-box; a browser without them shows the narrowest), and, when the
// address asks for one chart alone (web/first.js sets data-chart on <html>),
// hides the other charts, their sliders and their pairs, as
// web/embed-mode.js's showOnly does later.
func DrawnStyle(ids []string) string {
	var b strings.Builder
	b.WriteString(`.drawn{position:absolute;inset:0}.drawn svg{display:none;width:100%;height:100%}.drawn .w0{display:block}`)
	for _, id := range ids {
		b.WriteString(strings.ReplaceAll(`[data-chart=ID] .chart:not(#fig-ID),[data-chart=ID] .slider:not([data-charts~=ID]),`+
			`[data-chart=ID] .pair:not(:has(#fig-ID)):not(:has(.slider[data-charts~=ID])),`+
			`[data-chart=ID][data-controls=off] .pair:not(:has(#fig-ID)){display:none}`, "ID", id))
		widths := drawnWidths(id)
		for i := 1; i < len(widths); i++ {
			from := widths[i]
			if i == 1 {
				from = Narrow + 1
			}
			sel := `#` + charts.BoxID(id) + ` .w`
			b.WriteString(tmpl.Fill(`@container (min-width:%spx){%s%s{display:none}%s%s{display:block}}`,
				strconv.Itoa(from), sel, strconv.Itoa(i-1), sel, strconv.Itoa(i)))
		}
	}
	return b.String()
}

// WithDrawings puts each drawing in its chart's box of the page.
func (s Static) WithDrawings(ds []Drawing) (Static, error) {
	for _, d := range ds {
		box := safehtml.Fill(`<div class="chart-box" id="%s">`, safehtml.Text(charts.BoxID(d.ID)))
		if len(d.SVG) != len(drawnWidths(d.ID)) {
			return s, errors.New("view: drawing " + d.ID + ": want one SVG per size")
		}
		var b safehtml.Builder
		b.Add(box, safehtml.Fill(`<div class="drawn" role="img" aria-label="%s">`, safehtml.Text(d.Label)))
		for i, svg := range d.SVG {
			b.Add(safehtml.Reviewed(strings.Replace(svg, `<svg `, `<svg class="w`+strconv.Itoa(i)+`" preserveAspectRatio="xMinYMin meet" aria-hidden="true" `, 1),
				"drawn by ECharts' server-side renderer, which escapes every text it draws, and cleaned by the build (cmd/assemble)"))
		}
		b.Add(safehtml.Const(`</div>`))
		body, ok := s.Body.ReplaceOnce(box, b.HTML())
		if !ok {
			return s, errors.New("view: drawing " + d.ID + ": the page has no box for it")
		}
		s.Body = body
	}
	return s, nil
}
