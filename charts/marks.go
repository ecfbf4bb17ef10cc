package charts

import "xigong/internal/safehtml"

// Colours of the Okabe–Ito palette, safe for colour-blind readers. Met and
// missed differ by mark (✓/✗) and by hatching as well.
const (
	ColorTarget = "#7f7f7f"
	ColorRange  = "#c9c9c9" // the pale part of a range's target bar
	ColorMet    = "#0072B2"
	ColorMissed = "#D55E00"
	ColorLine   = "#333333"
	ColorEnergy = "#009E73"
)

// Text in the colours of missed targets and energy use, darker, so that it
// reads on white at 4.5:1 or more (#D55E00 is 3.9:1 and #009E73 3.4:1,
// enough for bars and lines, which need 3:1).
const (
	TextMissed = "#B34700" // 5.5:1 on white
	TextEnergy = "#00785A" // 5.5:1 on white
)

// Palette replaces the ECharts 5 palette go-echarts injects.
var Palette = []string{ColorMet, ColorMissed, ColorEnergy, "#E69F00", "#56B4E9", "#CC79A7", "#F0E442", ColorTarget}

// ScenarioSeries and TargetSeries are the ids of the scenario and target
// series of the growth and cap charts; patches merge on them.
const (
	ScenarioSeries = "scenario"
	TargetSeries   = "target"
)

// Decal is an ECharts decal pattern.
//
//jsongen:encode
type Decal struct {
	Symbol           string    `json:"symbol"`
	SymbolSize       float64   `json:"symbolSize"`
	DashArrayX       []float64 `json:"dashArrayX"`
	DashArrayY       []float64 `json:"dashArrayY"`
	Rotation         float64   `json:"rotation"`
	Color            string    `json:"color"`
	SymbolKeepAspect bool      `json:"symbolKeepAspect"`
}

// missedHatch hatches the bars of missed targets with diagonal stripes.
var missedHatch = &Decal{
	Symbol: "rect", SymbolSize: 1, DashArrayX: []float64{1, 0}, DashArrayY: []float64{3, 4},
	Rotation: -0.785398, Color: "rgba(255,255,255,0.55)", SymbolKeepAspect: true,
}

// ItemStyle is the style of one data item.
//
//jsongen:encode
type ItemStyle struct {
	Color       any     `json:"color"` // a colour's string, or a *Gradient
	Decal       *Decal  `json:"decal,omitempty"`
	BorderColor string  `json:"borderColor,omitempty"`
	BorderWidth float64 `json:"borderWidth,omitempty"`
}

// Gradient is a bar's colour changing from left to right at hard stops:
// a range's target bar, solid up to its lower end and pale to its upper.
//
//jsongen:encode
type Gradient struct {
	Type       string `json:"type"`
	X          int    `json:"x"`
	Y          int    `json:"y"`
	X2         int    `json:"x2"`
	Y2         int    `json:"y2"`
	ColorStops []Stop `json:"colorStops"`
}

// Stop is one colour of a Gradient, from offset (0 to 1) on.
//
//jsongen:encode
type Stop struct {
	Offset float64 `json:"offset"`
	Color  string  `json:"color"`
}

// rangeFill colours a range's target bar, drawn from 0 to hi: solid to lo,
// pale from lo to hi (the range), for 0 < lo < hi.
func rangeFill(lo, hi float64) *Gradient {
	f := lo / hi
	return &Gradient{Type: "linear", X2: 1, ColorStops: []Stop{
		{0, ColorTarget}, {f, ColorTarget}, {f, ColorRange}, {1, ColorRange},
	}}
}

func verdictStyle(met bool) ItemStyle {
	if met {
		return ItemStyle{Color: ColorMet}
	}
	return ItemStyle{Color: ColorMissed, Decal: missedHatch, BorderColor: ColorMissed, BorderWidth: 1}
}

// Label is the text label of one data item.
//
//jsongen:encode
type Label struct {
	Show      bool      `json:"show"`
	Position  string    `json:"position,omitempty"`
	Formatter string    `json:"formatter"`
	Color     string    `json:"color,omitempty"`
	Offset    []float64 `json:"offset,omitempty"` // [x, y] in px
}

// Tooltip is the tooltip of one data item. ECharts renders its formatter as
// HTML, so it is built by Tip from escaped text.
//
//jsongen:encode
type Tooltip struct {
	Formatter safehtml.HTML `json:"formatter"`
}

// Tip builds a tooltip from plain-text lines, one under another.
func Tip(lines ...string) Tooltip {
	hs := make([]safehtml.HTML, len(lines))
	for i, l := range lines {
		hs[i] = safehtml.Text(l)
	}
	return Tooltip{Formatter: safehtml.Join(hs, safehtml.Const("<br>"))}
}

// Item is one bar or point with its own label, style and tooltip.
//
//jsongen:encode
type Item struct {
	Value     float64   `json:"value"`
	Label     Label     `json:"label"`
	ItemStyle ItemStyle `json:"itemStyle"`
	Tooltip   Tooltip   `json:"tooltip"`
}

// Items are the data items of a series.
//
//jsongen:encode
type Items []Item
