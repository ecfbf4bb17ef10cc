package charts

import (
	"strconv"
	"strings"
	"unicode"

	"xigong/data"
	"xigong/describe"
	"xigong/i18n"
	"xigong/internal/tmpl"
)

// growthFill is the growth chart: a horizontal bar chart of the growth
// targets, the target and the scenario of each (see fill).
func (s Scene) growthFill(whole bool) obj {
	sub, desc := s.growthTexts()
	o := titled(whole, s.msgs.GrowthTitle, sub, desc)
	scenario := obj{"id": ScenarioSeries, "data": s.growthScenario()}
	if !whole {
		o["series"] = []any{scenario}
		return o
	}
	names := make([]any, len(s.growth))
	for k, i := range s.growth {
		name := s.axisName(i)
		names[k] = name
		if twoLines(name) {
			names[k] = obj{"value": name, "textStyle": obj{"lineHeight": 16}}
		}
	}
	scenario["name"] = s.msgs.Scenario
	o["yAxis"] = []any{obj{"data": names}}
	o["series"] = []any{obj{"id": TargetSeries, "name": s.msgs.Target, "data": s.targetItems()}, scenario}
	return o
}

// growthMedia is what the growth chart's rule for narrow frames takes from
// the targets: the names without the spacing of growthFill's, as that
// layout spaces every name's lines itself (charts/skeleton).
func (s Scene) growthMedia() []any {
	names := make([]any, len(s.growth))
	for k, i := range s.growth {
		names[k] = s.axisName(i)
	}
	return []any{obj{"option": obj{"yAxis": []any{obj{"data": names}}}}}
}

// GrowthNameWidth is the width, in px, in which the growth chart writes a
// target's name beside its bars, on as many lines as it takes.
const GrowthNameWidth = 150

// twoLines reports whether a name takes more than one line beside the
// growth chart's bars: it has a line break, or it is wider than
// GrowthNameWidth in 12 px text, counting a wide (CJK) character 12 px and
// any other 7 px, more than most are. Such a name's lines are spaced 16 px
// apart (12 px, the default, makes them touch); spacing every name would
// cost a drawn box each, redrawn at every change (zrender draws one under
// any text with a line height: the live chart at 1280 px in Chinese had 78
// elements, the benchmark's plain page 69; 71 with this).
func twoLines(name string) bool {
	if strings.Contains(name, "\n") {
		return true
	}
	width := 0
	for _, r := range name {
		if unicode.Is(unicode.Han, r) || (r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x3000 && r <= 0x303F) {
			width += 12
		} else {
			width += 7
		}
	}
	return width > GrowthNameWidth
}

// targetTip is the tooltip of indicator i's target bar: the target alone,
// as the bar does not change with the scenario (patches leave it).
func (s Scene) targetTip(i int) Tooltip {
	in := s.targets.Indicators[i]
	return Tip(in.Name.In(s.msgs.Lang), s.msgs.Quote+s.msgs.Colon+in.Quote, s.msgs.Kind+s.msgs.Colon+s.kind(i))
}

// targetItems are the bars of the growth targets.
func (s Scene) targetItems() Items {
	items := make(Items, len(s.growth))
	for k, i := range s.growth {
		in := s.targets.Indicators[i]
		text := s.msgs.Target + " " + describe.Target(in)
		if in.Bound == data.About || in.Bound == data.ReductionAbout {
			text = s.msgs.Target + " ≈" + i18n.Value(in.Value, -1, in.Unit) + " ±" + i18n.Number(in.Tolerance, -1)
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

// growthScenario are the bars of the growth chart's scenario series.
func (s Scene) growthScenario() Items {
	items := make(Items, len(s.growth))
	for k, i := range s.growth {
		items[k] = s.textsOf(i).item
	}
	return items
}

// growthTexts are the subtitle ("情景达标 7 / 8 项") and the aria description
// of the growth chart.
func (s Scene) growthTexts() (sub, desc string) {
	met := 0
	var b strings.Builder
	b.Grow(128 * (len(s.growth) + 1))
	b.WriteString(s.msgs.GrowthTitle + s.msgs.Stop)
	for _, i := range s.growth {
		if s.result.Verdicts[i].Met {
			met++
		}
		e := s.textsOf(i)
		if e.line == "" {
			e.line = growthLine(s, i, e.text, e.verdict)
		}
		b.WriteString(e.line)
	}
	return tmpl.Fill(s.msgs.SummaryAll, strconv.Itoa(met), strconv.Itoa(len(s.growth))), b.String()
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
