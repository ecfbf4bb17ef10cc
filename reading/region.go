package reading

import (
	"strings"
	"unicode"
)

// placeUnits end the names of places; a place name is one to eight characters
// and a unit, at the start of a clause or after a year ("南宁市十四届人大……",
// "2011年兴义市的预期目标是").
var placeUnits = []string{"自治区", "特别行政区", "省", "市", "区", "县", "旗", "盟", "州"}

// placesIn returns the place names of q, in order, each with the text after it.
func placesIn(q string) (names, nexts []string) {
	rs := []rune(q)
	for start := 0; start < len(rs); start++ {
		if start > 0 && rs[start-1] != '年' {
			continue
		}
		for k := start + 1; k < len(rs) && k-start <= 8 && unicode.Is(unicode.Han, rs[k-1]); k++ {
			rest := string(rs[k:])
			if u := firstPrefix(rest, placeUnits); u != "" {
				names = append(names, string(rs[start:k])+u)
				nexts = append(nexts, rest[len(u):])
				break
			}
		}
	}
	return names, nexts
}

// firstPrefix returns the first of prefixes that s starts with, or "".
func firstPrefix(s string, prefixes []string) string {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// notPlaces are words in a match that make it no place name: the whole of
// a government's area ("全市"), and words of the heading or of a target.
var notPlaces = []string{"全", "本", "我", "该", "今", "明", "城区", "市区", "地区", "园区", "社区", "城市",
	"目标", "生产", "经济", "发展", "社会", "增长", "预期", "工作", "会议", "报告", "政府", "人大", "主要", "确定", "提出", "要求", "力争", "将", "是", "按照", "作为", "根据", "依据", "通过", "经过"}

// Region returns the region whose targets the words state, as they print
// it before or in the first target's clause ("长沙市已确定2014年发展目标"),
// or "" when they name none.
func Region(cs []Clause) string {
	for _, c := range cs {
		names, nexts := placesIn(foldString(c.Quote))
		for i, name := range names {
			next := nexts[i]
			// "市场", "区域", "县级": the unit is a word's first character;
			// "省长", "区长", "省委", "省会": an office or the capital.
			if len([]rune(name)) < 2 || strings.ContainsFunc(name, isDigit) || containsAny(name, notPlaces) ||
				firstPrefix(next, officeOrWord) != "" {
				continue
			}
			return name
		}
		if c.Kind == KindNumeric {
			return ""
		}
	}
	return ""
}

// containsAny reports whether s holds any of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// officeOrWord are the characters after a unit that make it an office, the
// capital, or the first character of a word: "省长", "省会", "市场", "县级".
var officeOrWord = []string{"场", "民", "域", "级", "属", "内", "直", "长", "委", "会", "政", "府"}

// foldString folds every rune of s (see Fold).
func foldString(s string) string {
	return strings.Map(Fold, s)
}
