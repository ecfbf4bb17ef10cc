package data

// Schema is the only schema identifier this package accepts.
const Schema = "xigong-targets/v1"

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
)

// Text is a string in Chinese and English.
//
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

// Range is the span of a scenario slider: an interface choice, not data.
//
//jsongen:decode
type Range struct {
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
	Unit      string  `json:"unit"`
	Scenario  Range   `json:"scenario"`
}

// IsCap reports whether the target is an upper limit rather than a growth
// target.
func (in Indicator) IsCap() bool { return in.Bound == Cap }

// IsLevel reports whether the target is a level (a cap, a floor or a band)
// rather than a growth rate or a cut: a level is charted on its own.
func (in Indicator) IsLevel() bool { return in.Bound == Cap || in.Bound == Floor || in.Bound == Band }

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
