package view

// The heights of a chart alone in a frame of another site, in CSS pixels,
// measured in Chromium: web/embed.js sizes its frames by them before they
// load, and web/embed-panel.js writes the plain iframe's snippet with them.
// cmd/jsconst writes them into web/constants.js; the browser tests check
// them against the page (e2e: TestEmbedsOnAnotherSite, TestEmbedPanel).

// ByKind is a value for each kind of chart: the growth chart, the
// projection, and a cap (every other chart).
type ByKind[T any] struct {
	Growth     T `json:"growth"`
	Projection T `json:"projection"`
	Cap        T `json:"cap"`
}

// PlainFrameHeights are the heights of a plain iframe, which cannot resize
// itself: enough for its chart without sliders (controls=0) from 300 to
// 1280 px wide, in either language.
var PlainFrameHeights = ByKind[int]{Growth: 800, Projection: 780, Cap: 690}

// FrameRows is the number of growth targets of the page FrameHeights and
// PlainFrameHeights were measured on (Xigong's): embed.js adds, for each
// row more (or takes away, for each row fewer), the growth chart's pitch
// (charts.GrowthPitch) and, with sliders, a slider's share of the measured
// height.
const FrameRows = 8

// PlainRowNotes is what each growth row more than FrameRows may add to a
// plain iframe's page besides the chart's pitch, in px: a line of the
// source's notes (a target "about" its figure says what "about" is taken
// to mean), which a phone's narrow column wraps.
const PlainRowNotes = 12

// PhoneWidth is the widest window of style.css's phone layout, where the
// growth chart is drawn narrow (charts.GrowthHeight's narrow box).
const PhoneWidth = 560

// FrameWidths divide a frame's widths into the three columns of
// FrameHeights: below the first, up to the second, wider. At the second
// style.css puts a chart under its sliders (max-width: 800px).
var FrameWidths = [2]int{480, 800}

// Heights are an embed.js frame's heights with sliders shown (On) or not
// (Off), in each language, in the three columns of FrameWidths; 0 where the
// height follows the width (FrameFits).
type Heights struct {
	On  ByLang `json:"on"`
	Off ByLang `json:"off"`
}

// ByLang is a value in each language of the page.
type ByLang struct {
	Zh [3]int `json:"zh"`
	En [3]int `json:"en"`
}

// FrameHeights are the heights the page inside an embed.js frame takes.
var FrameHeights = ByKind[Heights]{
	Growth:     Heights{On: ByLang{Zh: [3]int{1690, 1570, 1101}, En: [3]int{1970, 1690, 1319}}, Off: ByLang{Zh: [3]int{700, 665, 655}, En: [3]int{760, 700, 674}}},
	Projection: Heights{On: ByLang{Zh: [3]int{940, 860, 535}, En: [3]int{1130, 920, 607}}, Off: ByLang{Zh: [3]int{580, 545, 535}, En: [3]int{640, 610, 614}}},
	Cap:        Heights{On: ByLang{Zh: [3]int{780, 840, 0}, En: [3]int{930, 890, 0}}},
}

// A Fit is a height that follows a frame's width: Slope × width +
// Intercept, rounded, kept within Min and Max (no upper bound when Max is
// 0), plus En in English.
type Fit struct {
	Slope     float64 `json:"slope"`
	Intercept float64 `json:"intercept"`
	Min       int     `json:"min"`
	Max       int     `json:"max"`
	En        int     `json:"en"`
}

// FrameFits are a cap's heights where FrameHeights has 0: with sliders
// (On), wider than FrameWidths[1]; without (Off), at every width (its box
// follows its width, style.css's [data-chart] .chart-box).
var FrameFits = struct {
	On  Fit `json:"on"`
	Off Fit `json:"off"`
}{
	On:  Fit{Slope: 0.39, Intercept: 163, En: 20},
	Off: Fit{Slope: 0.58, Intercept: 240, Min: 500, Max: 655, En: 25},
}
