package data

// The schema identifiers this package reads: a targets file written by
// hand (v1), and a report's targets as package reading writes them (v2),
// which Parse takes into the same Targets.
const (
	Schema   = "xigong-targets/v1"
	SchemaV2 = "xigong-targets/v2"
)

// Bound says how a target is met.
type Bound string

// The kinds of target found in the seed.
const (
	// Growth: "增长X%", met when the scenario is at or above X.
	Growth Bound = "growth"
	// AtLeast: "增长X%以上", met when the scenario is at or above X.
	AtLeast Bound = "atLeast"
	// About: "增长X%左右", met within ±Tolerance of X.
	About Bound = "about"
	// Reduction: "降低X%", met when the reduction is at least X.
	Reduction Bound = "reduction"
	// Cap: "控制在X以内", met when the scenario is at or below X.
	Cap Bound = "cap"
	// Floor: a level of at least X ("森林覆盖率达到35%"), met at or above X.
	Floor Bound = "floor"
	// Band: a level of about X ("城镇调查失业率5.5%左右"), met within
	// ±Tolerance of X.
	Band Bound = "band"
	// Range: a growth rate from X to Max ("增长6%-6.5%"), met within them.
	Range Bound = "range"
	// ReductionAbout: "降低X%左右", a cut met within ±Tolerance of X.
	ReductionAbout Bound = "reductionAbout"
)

// Text is a string in Chinese and English.
//
//jsongen:encode
//jsongen:decode
type Text struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// In returns the text in lang ("en" or anything else for Chinese).
func (t Text) In(lang string) string {
	if lang == "en" {
		return t.EN
	}
	return t.ZH
}

// Span is the span of a scenario slider: an interface choice, not data.
//
//jsongen:encode
//jsongen:decode
type Span struct {
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
	Step float64 `json:"step"`
}

// Indicator is one published target.
//
//jsongen:decode
type Indicator struct {
	ID        string  `json:"id"`
	Name      Text    `json:"name"`
	Quote     string  `json:"quote"`
	Bound     Bound   `json:"bound"`
	Value     float64 `json:"value"`
	Tolerance float64 `json:"tolerance,omitempty"`
	Max       float64 `json:"max,omitempty"` // a range's upper end; Value is its lower
	Unit      string  `json:"unit"`
	Scenario  Span    `json:"scenario"`
}

// IsCap reports whether the target is an upper limit rather than a growth
// target.
func (in Indicator) IsCap() bool { return in.Bound == Cap }

// IsLevel reports whether the target is a level (a cap, a floor or a band)
// rather than a growth rate or a cut: a level is charted on its own.
func (in Indicator) IsLevel() bool { return in.Bound.isLevel() }

func (b Bound) isLevel() bool { return b == Cap || b == Floor || b == Band }

// IsBand reports whether the target is met within a band: about a value,
// or in a range.
func (in Indicator) IsBand() bool {
	return in.IsAbout() || in.Bound == Range
}

// IsAbout reports whether the target is "about" a value, met within
// ±Tolerance of it: a tolerance the page says is its own.
func (in Indicator) IsAbout() bool {
	return in.Bound == About || in.Bound == Band || in.Bound == ReductionAbout
}

// IsCut reports whether the target is a cut ("降低X%").
func (in Indicator) IsCut() bool { return in.Bound == Reduction || in.Bound == ReductionAbout }

// Lo is the lower end of a band target's band (IsBand).
func (in Indicator) Lo() float64 {
	if in.Bound == Range {
		return in.Value
	}
	return in.Value - in.Tolerance
}

// Hi is the upper end of a band target's band (IsBand).
func (in Indicator) Hi() float64 {
	if in.Bound == Range {
		return in.Max
	}
	return in.Value + in.Tolerance
}

// Word is a target the page shows as printed but does not chart: a target
// in words ("国际收支基本平衡"), or one with numbers of a kind the page
// cannot chart yet (a change in percentage points, a range of a level).
//
//jsongen:decode
type Word struct {
	Name  Text   `json:"name"`
	Quote string `json:"quote"`
	Kind  string `json:"kind"` // "words" or "notCharted"
}

// The kinds of Word.
const (
	InWords    = "words"
	NotCharted = "notCharted"
)

// Source says where the targets come from ({zh, en}), and whose work the
// original page was.
//
//jsongen:decode
type Source struct {
	Text
	Credit string `json:"credit"`
}

// Projection names the indicators the illustrative projection is computed
// from. Either may be empty, and the projection then leaves out what needs it.
//
//jsongen:decode
type Projection struct {
	GDP             string `json:"gdp"`
	EnergyIntensity string `json:"energyIntensity"`
}

// Targets is a whole targets file.
//
//jsongen:decode
type Targets struct {
	Schema     string      `json:"schema"`
	Year       int         `json:"year"`
	BaseYear   int         `json:"baseYear"`
	Title      Text        `json:"title"`
	Region     Text        `json:"region"`
	Source     Source      `json:"source"`
	Projection Projection  `json:"projection"`
	Indicators []Indicator `json:"indicators"`
	Words      []Word      `json:"words,omitempty"`
}

// Index returns the position of the indicator with the given id, or -1.
func (t *Targets) Index(id string) int {
	for i, in := range t.Indicators {
		if in.ID == id {
			return i
		}
	}
	return -1
}
