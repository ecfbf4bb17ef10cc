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
	"xigong/model"
)

// Version is the prefix of the fragments this package writes and reads.
const Version = "v1:"

// MaxLen is the longest fragment Decode reads; a longer one is ignored.
const MaxLen = 2048

// Notice is one part of a fragment that was ignored or changed.
type Notice struct {
	Key  string // the key at fault, or "" for the whole fragment
	Rule string // what was wrong and what was done
}

func (n Notice) String() string {
	if n.Key == "" {
		return n.Rule
	}
	return n.Key + ": " + n.Rule
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
	s := model.Targets(t)
	frag = strings.TrimPrefix(frag, "#")
	switch {
	case frag == "":
		return s, nil
	case len(frag) > MaxLen:
		return s, []Notice{{Rule: "longer than " + strconv.Itoa(MaxLen) + " characters; ignored"}}
	case !strings.HasPrefix(frag, Version):
		return s, []Notice{{Rule: "not a " + strings.TrimSuffix(Version, ":") + " scenario; ignored"}}
	}
	var notes []Notice
	for _, pair := range strings.Split(strings.TrimPrefix(frag, Version), ",") {
		if pair == "" {
			continue
		}
		key, val, ok := strings.Cut(pair, "=")
		if len(key) > 32 {
			key = key[:32] + "…"
		}
		i := t.Index(key)
		x, err := strconv.ParseFloat(val, 64)
		switch {
		case !ok:
			notes = append(notes, Notice{key, "no value; ignored"})
		case i < 0:
			notes = append(notes, Notice{key, "unknown indicator; ignored"})
		case err != nil || math.IsNaN(x) || math.IsInf(x, 0):
			notes = append(notes, Notice{key, "not a number; ignored"})
		default:
			in := t.Indicators[i]
			s[i] = model.Snap(in, x)
			if x < in.Scenario.Min || x > in.Scenario.Max {
				notes = append(notes, Notice{key, strconv.FormatFloat(x, 'g', 6, 64) + " is out of range; set to " + strconv.FormatFloat(s[i], 'f', -1, 64)})
			}
		}
	}
	return s, notes
}
