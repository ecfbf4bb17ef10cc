// Package fragment keeps a scenario in a URL fragment, so that a link
// restores it: "v1:gdp=9.8,unemployment=4.9" lists, in the order of the
// targets, the indicators whose scenario differs from their target. The
// format is versioned by its prefix.
//
// Decode is lenient: it never fails. Unknown keys, malformed pairs and values
// out of range are ignored or clamped, and each is reported as a Notice.
package fragment

import (
	"math"
	"strconv"
	"strings"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/tmpl"
	"xigong/model"
)

// Version is the prefix of the fragments this package writes and reads.
const Version = "v1:"

// MaxLen is the longest fragment Decode reads; a longer one is ignored. The
// page passes at most one character more (MAX_FRAGMENT in web/constants.js).
const MaxLen = 2048

// Notice is one part of a fragment that was ignored or changed.
type Notice struct {
	Key  string   // the key at fault, or "" for the whole fragment
	What What     // what was wrong and what was done
	Args []string // what the message of What is filled with
}

// What names a kind of notice.
type What int

// The kinds of notice.
const (
	TooLong      What = iota // the fragment is longer than MaxLen: ignored
	OtherVersion             // not a Version scenario: ignored
	NoValue                  // a key with no value: ignored
	Unknown                  // a key that is no indicator's id: ignored
	NotNumber                // a value that is not a number: ignored
	OutOfRange               // a value outside its slider: clamped (Args: the value, what it became)
)

// In says what n is in the language of m, naming the indicator of a known
// key in t: "地区生产总值（“gdp”）：99 超出范围，已设为 20".
func (n Notice) In(t *data.Targets, m *i18n.Messages) string {
	tmpls := [...]string{TooLong: m.LinkTooLong, OtherVersion: m.LinkVersion, NoValue: m.LinkNoValue, Unknown: m.LinkUnknown, NotNumber: m.LinkNotNumber, OutOfRange: m.LinkRange}
	text := tmpl.Fill(tmpls[n.What], n.Args...)
	if n.Key == "" {
		return text
	}
	key := m.LeftQuote + n.Key + m.RightQuote
	if i := t.Index(n.Key); i >= 0 {
		key = t.Indicators[i].Name.In(m.Lang) + m.Open + key + m.Close
	}
	return key + m.Colon + text
}

// Encode returns the fragment of scenario s (without "#"), or "" when every
// indicator is at its target.
func Encode(t *data.Targets, s model.Scenario) string {
	var parts []string
	for i, in := range t.Indicators {
		if i < len(s) && s[i] != in.Value {
			parts = append(parts, in.ID+"="+strconv.FormatFloat(s[i], 'f', -1, 64))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return Version + strings.Join(parts, ",")
}

// Decode reads a fragment (with or without "#") into a scenario: the targets,
// changed by the fragment's valid pairs, snapped and clamped to each slider.
func Decode(t *data.Targets, frag string) (model.Scenario, []Notice) {
	s := model.AtTargets(t)
	frag = strings.TrimPrefix(frag, "#")
	switch {
	case frag == "":
		return s, nil
	case len(frag) > MaxLen:
		return s, []Notice{{What: TooLong, Args: []string{strconv.Itoa(MaxLen)}}}
	case !strings.HasPrefix(frag, Version):
		return s, []Notice{{What: OtherVersion, Args: []string{strings.TrimSuffix(Version, ":")}}}
	}
	var notes []Notice
	for _, pair := range strings.Split(strings.TrimPrefix(frag, Version), ",") {
		if pair == "" {
			continue
		}
		key, val, ok := strings.Cut(pair, "=")
		if len(key) > data.MaxIDLen { // longer than any id: shown cut
			key = key[:data.MaxIDLen] + "…"
		}
		i := t.Index(key)
		x, err := strconv.ParseFloat(val, 64)
		switch {
		case !ok:
			notes = append(notes, Notice{Key: key, What: NoValue})
		case i < 0:
			notes = append(notes, Notice{Key: key, What: Unknown})
		case err != nil || math.IsNaN(x) || math.IsInf(x, 0):
			notes = append(notes, Notice{Key: key, What: NotNumber})
		default:
			in := t.Indicators[i]
			s[i] = model.Snap(in, x)
			if x < in.Scenario.Min || x > in.Scenario.Max {
				notes = append(notes, Notice{Key: key, What: OutOfRange, Args: []string{strconv.FormatFloat(x, 'g', 6, 64), strconv.FormatFloat(s[i], 'f', -1, 64)}})
			}
		}
	}
	return s, notes
}
