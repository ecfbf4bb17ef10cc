package charts

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"xigong/data"
	"xigong/describe"
	"xigong/i18n"
	"xigong/internal/tmpl"
)

// rowsFill is a chart of rows, the growth chart or the levels' chart: a
// horizontal bar chart of its targets, the target and the scenario of each
// (see fill).
func (s Scene) rowsFill(id string, whole bool) obj {
	idx := s.rows(id)
	sub, desc := s.rowsTexts(idx, Title(s.targets, id, s.msgs.Lang))
	o := titled(whole, Title(s.targets, id, s.msgs.Lang), sub, desc)
	scenario := obj{"id": ScenarioSeries, "data": s.rowsScenario(idx)}
	if !whole {
		o["series"] = []any{scenario}
		return o
	}
	names := make([]any, len(idx))
	for k, i := range idx {
		name := s.axisName(i)
		names[k] = name
		if twoLines(name) {
			names[k] = obj{"value": name, "textStyle": obj{"lineHeight": 16}}
		}
	}
	scenario["name"] = s.msgs.Scenario
	if u := s.unitOf(id); u != "%" {
		// The skeleton's axis is of %; a levels chart of another unit says
		// its unit in its title, and "‰" after each label as % is.
		label := "{value}"
		if u == "‰" {
			label += u
		}
		o["xAxis"] = []any{obj{"axisLabel": obj{"formatter": label}}}
	}
	// Every name, however many (ECharts leaves some out to avoid overlaps
	// by default: the rows' pitch, GrowthHeight, keeps them apart).
	o["yAxis"] = []any{obj{"data": names, "axisLabel": obj{"interval": 0}}}
	targets := s.targetItems(idx)
	o["grid"] = []any{obj{"right": labelRoom(targets, GrowthRightWide)}}
	o["series"] = []any{obj{"id": TargetSeries, "name": s.msgs.Target, "data": targets}, scenario}
	return o
}

// rowsMedia is what the rule for narrow frames of chart id, a chart of
// rows, takes from the targets: the names without the spacing of
// rowsFill's, as that layout spaces every name's lines itself
// (charts/skeleton).
func (s Scene) rowsMedia(id string) []any {
	idx := s.rows(id)
	names := make([]any, len(idx))
	for k, i := range idx {
		names[k] = s.axisName(i)
	}
	return []any{obj{"option": obj{"yAxis": []any{obj{"data": names}}, "grid": []any{obj{"right": labelRoom(s.targetItems(idx), GrowthRightNarrow)}}}}}
}

// labelRoom is the room, in px, right of the grid for the labels at the
// ends of the target bars items, so that every label stays inside the
// chart: a label of width w at a bar of value v reaches v/top of the plot
// and w beyond, where top, the axis's end, is at least the longest bar's
// value, and the plot is at least minPlot px wide (a phone's chart); least,
// the room the layout keeps (charts/skeleton), which a scenario's label
// ("✓ 11.0%") fits.
func labelRoom(items Items, least int) int {
	const minPlot = 180
	top := 0.0
	for _, it := range items {
		top = math.Max(top, it.Value)
	}
	room := float64(least)
	for _, it := range items {
		short := 1.0
		if top > 0 {
			short = 1 - math.Max(0, it.Value)/top
		}
		room = math.Max(room, float64(textWidth(it.Label.Formatter)+8)-short*minPlot)
	}
	return int(math.Ceil(room))
}

// GrowthNameWidth is the width, in px, in which the growth chart writes a
// target's name beside its bars, on as many lines as it takes.
const GrowthNameWidth = 150

// The growth chart's grid in its two layouts (charts/skeleton): the wide
// one (names in a column at the left) and the narrow one (each name above
// its bars), and the room right of the grid for the bars' labels, which
// labelRoom widens when a label needs more.
const (
	GrowthTopWide, GrowthBottomWide, GrowthRightWide       = 56, 36, 88
	GrowthTopNarrow, GrowthBottomNarrow, GrowthRightNarrow = 84, 56, 64
)

// The growth chart's box grows with its rows (GrowthHeight): a row's pitch
// in each layout holds a name of two lines and the two bars with their
// labels apart; eight rows make the boxes Xigong's page always had (440 and
// 560 px).
const growthMinHeight = 240

// GrowthPitch is the height of a row of the growth chart, in px, in the
// wide layout and the narrow one.
var GrowthPitch = struct{ Wide, Narrow float64 }{43.5, 52.5}

// IsRows reports whether chart id is a chart of rows, a target a row, laid
// out as the growth chart is (its skeleton, GrowthHeight): the growth
// chart or a levels chart (LevelsID, LevelsID-2, …), whose ids data
// reserves.
func IsRows(id string) bool { return id == GrowthID || data.IsLevelsChartID(id) }

// Rows is the number of rows (targets) of chart id of t, a chart of rows;
// 0 for any other chart.
func Rows(t *data.Targets, id string) int {
	return len(layout(t).rows(id))
}

// NarrowNameWidth is the width, in px, in which a chart of rows writes a
// name above its bars in the narrow layout (charts/skeleton).
const NarrowNameWidth = 250

// RowsHeight is the height, in px, of the box of chart id of t, a chart of
// rows, in the narrow layout or the wide one: GrowthHeight, but in the
// narrow layout each row 12 px taller for each line beyond two that its
// longest name takes in either language ("Energy use per unit of gross
// regional product", then "(cut)": three lines at 360 px, whose first ran
// into the row above). Either language's page takes the same box, as the
// build draws the charts at one size.
func RowsHeight(t *data.Targets, id string, narrow bool) int {
	rows := Rows(t, id)
	if !narrow {
		return GrowthHeight(rows, false)
	}
	s := layout(t)
	most := 2
	for _, lang := range []string{"zh", "en"} {
		s.msgs = i18n.For(lang)
		for _, i := range s.rows(id) {
			most = max(most, nameLines(s.axisName(i), NarrowNameWidth))
		}
	}
	return rowsBox(rows, true, most-2)
}

// nameLines is how many lines name takes in width px of 12 px text, broken
// at its line breaks and between words (a word wider than width, such as a
// Chinese name, on as many lines as its width takes).
func nameLines(name string, width int) int {
	n := 0
	for _, line := range strings.Split(name, "\n") {
		n++
		used := 0
		for _, w := range strings.Fields(line) {
			ww := textWidth(w)
			switch {
			case used == 0:
				used = ww
			case used+7+ww <= width:
				used += 7 + ww
			default:
				n++
				used = ww
			}
			for used > width {
				n++
				used -= width
			}
		}
	}
	return n
}

// GrowthHeight is the height, in px, of the growth chart's box for rows
// targets, in the narrow layout or the wide one.
func GrowthHeight(rows int, narrow bool) int { return rowsBox(rows, narrow, 0) }

// rowsBox is the height, in px, of the box of rows rows, in the narrow
// layout or the wide one, each row 12 px taller for each of extra lines
// beyond two of a name.
func rowsBox(rows int, narrow bool, extra int) int {
	chrome, pitch := GrowthTopWide+GrowthBottomWide, GrowthPitch.Wide
	if narrow {
		chrome, pitch = GrowthTopNarrow+GrowthBottomNarrow, GrowthPitch.Narrow
	}
	pitch += 12 * float64(extra)
	return max(growthMinHeight, int(math.Round(float64(chrome)+pitch*float64(rows))))
}

// GrowthPrintHeight is the height, in mm, of the growth chart on paper for
// rows targets: 100 mm up to eight, which Xigong's short names fit; for
// more, the box GrowthHeight gives on screen (the same pitch, at 96 px an
// inch), up to 240 mm, an A4 page less its margins and the page's title
// and summary, so that the chart starts on the first page (at 265 mm it
// went to the second, leaving the first blank under the summary): beyond
// 22 rows the rows come closer (e2e.TestPrintsLongReport finds every text
// still apart).
func GrowthPrintHeight(rows int) float64 {
	if rows <= 8 {
		return 100
	}
	return math.Min(240, math.Round(float64(GrowthHeight(rows, false))*25.4/96))
}

// twoLines reports whether a name takes more than one line beside the
// growth chart's bars: it has a line break, or it is wider than
// GrowthNameWidth in 12 px text, counting a wide (CJK) character 12 px and
// any other 7 px, more than most are. Such a name's lines are spaced 16 px
// apart (12 px, the default, makes them touch); spacing every name would
// cost a drawn box each, redrawn at every change (zrender draws one under
// any text with a line height: the live chart at 1280 px in Chinese had 78
// elements, the benchmark's plain page 69; 71 with this).
func twoLines(name string) bool {
	return strings.Contains(name, "\n") || textWidth(name) > GrowthNameWidth
}

// textWidth is the width of s in 12 px text, counting a wide (CJK)
// character 12 px and any other 7 px, more than most are.
func textWidth(s string) int {
	width := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || (r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x3000 && r <= 0x303F) {
			width += 12
		} else {
			width += 7
		}
	}
	return width
}

// targetTip is the tooltip of indicator i's target bar: the target alone,
// as the bar does not change with the scenario (patches leave it).
func (s Scene) targetTip(i int) Tooltip {
	in := s.targets.Indicators[i]
	return Tip(in.Name.In(s.msgs.Lang), s.msgs.Quote+s.msgs.Colon+in.Quote, s.msgs.Kind+s.msgs.Colon+s.kind(i))
}

// targetItems are the bars of the targets idx of a chart of rows: labelled
// "目标 8%", "目标 ≈5% ±0.5", or for a cap or a floor as its line on a
// level chart is ("上限 4.5%").
func (s Scene) targetItems(idx []int) Items {
	items := make(Items, len(idx))
	for k, i := range idx {
		in := s.targets.Indicators[i]
		text := s.msgs.Target + " " + describe.Target(in)
		switch in.Bound {
		case data.About, data.ReductionAbout, data.Band:
			text = s.msgs.Target + " ≈" + i18n.Value(in.Value, -1, in.Unit) + " ±" + i18n.Number(in.Tolerance, -1)
		case data.Cap, data.Floor:
			text = s.levelLine(i)
		}
		items[k] = Item{
			Value:     in.Value,
			Label:     Label{Show: true, Position: "right", Formatter: text, Color: "#555"},
			ItemStyle: ItemStyle{Color: ColorTarget},
			Tooltip:   s.targetTip(i),
		}
		if in.Bound == data.Range && in.Value > 0 {
			items[k].Value = in.Max // the bar reaches the range's upper end, pale from its lower
			items[k].ItemStyle.Color = rangeFill(in.Value, in.Max)
		}
	}
	return items
}

// rowsScenario are the bars of the scenario series of a chart of the rows
// idx.
func (s Scene) rowsScenario(idx []int) Items {
	items := make(Items, len(idx))
	for k, i := range idx {
		items[k] = s.textsOf(i).item
	}
	return items
}

// rowsTexts are the subtitle ("情景达标 7 / 8 项") and the aria description
// of a chart of the rows idx titled title.
func (s Scene) rowsTexts(idx []int, title string) (sub, desc string) {
	met := 0
	var b strings.Builder
	b.Grow(128 * (len(idx) + 1))
	b.WriteString(title + s.msgs.Stop)
	for _, i := range idx {
		if s.result.Verdicts[i].Met {
			met++
		}
		e := s.textsOf(i)
		if e.line == "" {
			e.line = growthLine(s, i, e.text, e.verdict)
		}
		b.WriteString(e.line)
	}
	return tmpl.Fill(s.msgs.SummaryAll, strconv.Itoa(met), strconv.Itoa(len(idx))), b.String()
}

// growthLine is indicator i's sentence in the growth chart's description,
// with its scenario value text and verdict line.
func growthLine(s Scene, i int, text, verdict string) string {
	var b strings.Builder
	for _, part := range []string{s.targets.Indicators[i].Name.In(s.msgs.Lang), s.msgs.Colon, s.kind(i), s.msgs.Semi, s.msgs.Scenario, " ", text, s.msgs.Semi, verdict, s.msgs.Stop} {
		b.WriteString(part)
	}
	return b.String()
}
