package charts

import (
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Colours of the Okabe–Ito palette, safe for colour-blind readers. Met and
// missed differ by mark (✓/✗) and by pattern as well.
const (
	colorTarget = "#7f7f7f"
	colorMet    = "#0072B2"
	colorMissed = "#D55E00"
	colorLine   = "#333333"
	colorEnergy = "#009E73"
)

// palette replaces the ECharts 5 palette go-echarts injects.
var palette = []string{colorMet, colorMissed, colorEnergy, "#E69F00", "#56B4E9", "#CC79A7", "#F0E442", colorTarget}

// ID of the scenario series in every chart; patches merge on it.
const scenarioSeries = "scenario"

// decal is an ECharts decal pattern.
type decal struct {
	Symbol      string    `json:"symbol"`
	SymbolSize  float64   `json:"symbolSize"`
	DashArrayX  []float64 `json:"dashArrayX"`
	DashArrayY  []float64 `json:"dashArrayY"`
	Rotation    float64   `json:"rotation"`
	Color       string    `json:"color"`
	SymbolKeepA bool      `json:"symbolKeepAspect"`
}

// missedDecal hatches the bars of missed targets with diagonal stripes.
var missedDecal = &decal{
	Symbol: "rect", SymbolSize: 1, DashArrayX: []float64{1, 0}, DashArrayY: []float64{3, 4},
	Rotation: -0.785398, Color: "rgba(255,255,255,0.55)", SymbolKeepA: true,
}

// itemStyle is the style of one data item.
type itemStyle struct {
	Color       string  `json:"color"`
	Decal       *decal  `json:"decal,omitempty"`
	BorderColor string  `json:"borderColor,omitempty"`
	BorderWidth float64 `json:"borderWidth,omitempty"`
	BorderType  string  `json:"borderType,omitempty"`
}

func verdictStyle(met bool) itemStyle {
	if met {
		return itemStyle{Color: colorMet}
	}
	return itemStyle{Color: colorMissed, Decal: missedDecal, BorderColor: colorMissed, BorderWidth: 1}
}

// label is the text label of one data item.
type label struct {
	Show      bool   `json:"show"`
	Position  string `json:"position,omitempty"`
	Formatter string `json:"formatter"`
	Color     string `json:"color,omitempty"`
}

// tooltip is the tooltip of one data item; its formatter is HTML-escaped text
// (ECharts renders it as HTML).
type tooltip struct {
	Formatter string `json:"formatter"`
}

// item is one bar or point with its own label, style and tooltip.
type item struct {
	Name      string    `json:"name,omitempty"`
	Value     float64   `json:"value"`
	Label     label     `json:"label"`
	ItemStyle itemStyle `json:"itemStyle"`
	Tooltip   tooltip   `json:"tooltip"`
}

// title returns the chart's title and subtitle.
func title(text, sub string) opts.Title {
	return opts.Title{
		Title: text, Subtitle: sub, Left: "center", Top: "0",
		TitleStyle:    &opts.TextStyle{FontSize: 15},
		SubtitleStyle: &opts.TextStyle{FontSize: 12, Color: "#444"},
	}
}

// aria turns on ECharts' accessibility with our own description.
func aria(description string) *opts.Aria {
	return &opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Enabled: opts.Bool(true), Description: description}}
}

// ariaPatch is the part of the aria option a patch replaces.
type ariaPatch struct {
	Label struct {
		Description string `json:"description"`
	} `json:"label"`
}

func newAriaPatch(description string) ariaPatch {
	var a ariaPatch
	a.Label.Description = description
	return a
}
