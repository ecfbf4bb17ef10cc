package reading

import (
	"regexp"
	"strings"
)

// place is a place name as reports print it: two to eight characters
// ending in an administrative unit, at the start of a clause or after a
// year ("南宁市十四届人大……", "2011年兴义市的预期目标是").
var place = regexp.MustCompile(`(?:^|年)(\p{Han}{1,8}?(?:自治区|特别行政区|省|市|区|县|旗|盟|州))`)

// notPlaces are words in a match that make it no place name: the whole of
// a government's area ("全市"), and words of the heading or of a target.
var notPlaces = []string{"全", "本", "我", "该", "今", "明", "城区", "市区", "地区", "园区", "社区", "城市",
	"目标", "生产", "经济", "发展", "社会", "增长", "预期", "工作", "会议", "报告", "政府", "人大", "主要", "确定", "提出", "要求", "力争", "将", "是", "按照", "作为", "根据", "依据", "通过", "经过"}

// Region returns the region whose targets the words state, as they print
// it before or in the first target's clause ("长沙市已确定2014年发展目标"),
// or "" when they name none.
func Region(cs []Clause) string {
	for _, c := range cs {
		q := foldString(c.Quote)
		for _, m := range place.FindAllStringSubmatchIndex(q, -1) {
			name, next := q[m[2]:m[3]], q[m[3]:]
			// "市场", "区域", "县级": the unit is a word's first character;
			// "省长", "区长", "省委", "省会": an office or the capital.
			if len([]rune(name)) < 2 || strings.ContainsFunc(name, isDigit) || containsAny(name, notPlaces) ||
				startsAny(next, "场", "民", "域", "级", "属", "内", "直", "长", "委", "会", "政", "府") {
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

// startsAny reports whether s starts with any of prefixes.
func startsAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// foldString folds every rune of s (see Fold).
func foldString(s string) string {
	return strings.Map(Fold, s)
}
