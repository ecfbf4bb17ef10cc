package data

import (
	"math"
	"strconv"
	"strings"

	"xigong/internal/tmpl"
)

// rules are the templates of every rule a FieldError can state, in both
// languages; tmpl.Fill fills their %s in order (a test checks that both
// languages of each have the same number). A list, not a map: static data,
// where a map would be built by code when the module starts.
var rules = []struct {
	key string
	Text
}{
	{"tooLarge", Text{ZH: "文件有 %s 字节，最多只能有 %s 字节", EN: "file is %s bytes; want at most %s"}},
	{"tooDeep", Text{ZH: "嵌套了 %s 层，最多只能有 %s 层", EN: "nesting is %s deep; want at most %s"}},
	{"syntax", Text{ZH: "不是有效的 JSON：第 %s 字节（第 %s 行第 %s 列）处不应出现字符 %s", EN: "not valid JSON at byte %s (line %s, column %s): unexpected %s"}},
	{"syntaxEnd", Text{ZH: "不是有效的 JSON：文件在第 %s 字节（第 %s 行第 %s 列）之后就结束了", EN: "not valid JSON: the file ends after byte %s (line %s, column %s), before the JSON does"}},
	{"notJSON", Text{ZH: "不是有效的 JSON", EN: "not valid JSON"}},
	{"type", Text{ZH: "应为%s，实为%s", EN: "want %s, got %s"}},
	{"missing", Text{ZH: "缺少此项（或为空值），应为%s", EN: "want %s; it is missing or null"}},
	{"whole", Text{ZH: "应为整数，实为 %s", EN: "want a whole number, got %s"}},
	{"exactly", Text{ZH: "应为 %s，实为 %s", EN: "want %s, got %s"}},
	{"schema", Text{ZH: `应为 "xigong-targets/v1" 或 "xigong-targets/v2"，实为 %s`, EN: `want "xigong-targets/v1" or "xigong-targets/v2", got %s`}},
	{"year", Text{ZH: "应为 %s 至 %s 年之间的年份，实为 %s", EN: "want a year from %s to %s, got %s"}},
	{"baseYear", Text{ZH: "应为目标年份减一，即 %s，实为 %s", EN: "want year - 1 = %s, got %s"}},
	{"nonEmpty", Text{ZH: "不能为空", EN: "want a non-empty string"}},
	{"maxChars", Text{ZH: "最多 %s 个字符，实为 %s 个", EN: "want at most %s characters, got %s"}},
	{"utf8", Text{ZH: "含有无效的字符编码", EN: "want valid UTF-8"}},
	{"noIndicators", Text{ZH: "至少要有一项指标", EN: "want at least one indicator, got none"}},
	{"indicators", Text{ZH: "最多 %s 项指标，实为 %s 项", EN: "want at most %s indicators, got %s"}},
	{"id", Text{ZH: "应由 1 至 %s 个小写字母、数字或连字符组成，以字母开头，实为 %s", EN: "want 1 to %s of a-z, 0-9 and '-', starting with a letter, got %s"}},
	{"idTaken", Text{ZH: "%s 已是%s的代号", EN: "%s is already the id of %s"}},
	{"idReserved", Text{ZH: "%s 是图表保留的代号", EN: "%s is reserved for a chart"}},
	{"unit", Text{ZH: "应为“%”或“‰”，实为 %s", EN: `want "%" or "‰", got %s`}},
	{"unitLevel", Text{ZH: "应为 1 到 %s 个字符的单位（如“%”“万人”），不含 < > & 引号，实为 %s", EN: `want a unit of 1 to %s characters (as "%" or "万人"), without < > & or quotes, got %s`}},
	{"bound", Text{ZH: `应为 "growth"、"atLeast"、"about"、"range"、"reduction"、"reductionAbout"、"cap"、"floor"、"band" 之一，实为 %s`, EN: `want one of "growth", "atLeast", "about", "range", "reduction", "reductionAbout", "cap", "floor", "band", got %s`}},
	{"measureBound", Text{ZH: `度量 %s 与目标类型 %s 不是本格式的组合（度量：growth、level、change、reduction；目标类型：atLeast、atMost、about、range、exact；无数字的为 qualitative）`, EN: `measure %s with bound %s is not of the schema (measures: growth, level, change, reduction; bounds: atLeast, atMost, about, range, exact; qualitative with no measure)`}},
	{"rangeMax", Text{ZH: "区间的上端应大于下端 %s，实为 %s", EN: "want more than the range's lower end %s, got %s"}},
	{"maxOther", Text{ZH: `只有目标类型为 "range" 时才有上端，实为 %s`, EN: `want none unless bound is "range", got %s`}},
	{"noCharted", Text{ZH: "至少要有一项本页能画图的指标；读出的 %s 项都只能列出", EN: "want at least one target the page can chart; the %s read can only be listed"}},
	{"wordKind", Text{ZH: `应为 "words" 或 "notCharted"，实为 %s`, EN: `want "words" or "notCharted", got %s`}},
	{"finite", Text{ZH: "应为 ±%s 以内的有限数，实为 %s", EN: "want a finite number within ±%s, got %s"}},
	{"capNegative", Text{ZH: "上限应不小于 0，实为 %s", EN: "want a cap of 0 or more, got %s"}},
	{"tolAbout", Text{ZH: `目标类型为 "about"、"reductionAbout" 或 "band" 时应大于 0，实为 %s`, EN: `want more than 0 for bound "about", "reductionAbout" or "band", got %s`}},
	{"tolOther", Text{ZH: `只有目标类型为 "about"、"reductionAbout" 或 "band" 时才有容差，实为 %s`, EN: `want none unless bound is "about", "reductionAbout" or "band", got %s`}},
	{"maxOverMin", Text{ZH: "应大于最小值 %s，实为 %s", EN: "want more than scenario.min %s, got %s"}},
	{"positive", Text{ZH: "应大于 0，实为 %s", EN: "want more than 0, got %s"}},
	{"steps", Text{ZH: "从最小值到最大值最多 %s 步，实为 %s 步", EN: "want at most %s steps from min to max, got %s"}},
	{"inRange", Text{ZH: "应在滑块范围 [%s, %s] 之内，实为 %s", EN: "want within scenario range [%s, %s], got %s"}},
	{"reference", Text{ZH: "应为某项指标的代号，实为 %s", EN: "want the id of an indicator, got %s"}},
	{"refBound", Text{ZH: "%s 的目标类型为 %s，应为 %s", EN: "%s has bound %s; want %s"}},
	{"planNodes", Text{ZH: "规划最多 %s 个节点", EN: "want at most %s nodes in the plan"}},
	{"nodeTaken", Text{ZH: "%s 已是另一个节点的代号", EN: "%s is already the id of another node"}},
	{"elision", Text{ZH: "%s 两侧都应有文字", EN: "want text on both sides of %s"}},
	{"links", Text{ZH: "最多 %s 个链接，实为 %s 个", EN: "want at most %s links, got %s"}},
	{"target", Text{ZH: "应为某个目标的代号，实为 %s", EN: "want the id of a target, got %s"}},
	{"linkedTwice", Text{ZH: "%s 链接了两次", EN: "%s is linked twice"}},
	{"phrase", Text{ZH: "应为该节点名称或原文中的字句，实为 %s", EN: "want words of the node's name or quote, got %s"}},
	{"depth", Text{ZH: "根节点以下最多 %s 层", EN: "want at most %s levels below the root"}},
}

// rule states rule key with args, each in both languages (see lit for a
// value the same in both).
func rule(key string, args ...Text) Text {
	t := Text{ZH: key, EN: key} // a test checks that every key used is in rules
	for _, r := range rules {
		if r.key == key {
			t = r.Text
			break
		}
	}
	zh, en := make([]string, len(args)), make([]string, len(args))
	for i, a := range args {
		zh[i], en[i] = a.ZH, a.EN
	}
	return Text{ZH: tmpl.Fill(t.ZH, zh...), EN: tmpl.Fill(t.EN, en...)}
}

// lit is a value shown as it is in both languages: a number, or a string
// from the file (quote it with quoted).
func lit(s string) Text { return Text{ZH: s, EN: s} }

func itoa(n int) Text { return lit(strconv.Itoa(n)) }

// num is a number as Go writes it; infinities and NaN in words.
func num(x float64) Text {
	switch {
	case math.IsInf(x, 1):
		return Text{ZH: "正无穷大", EN: "+Inf"}
	case math.IsInf(x, -1):
		return Text{ZH: "负无穷大", EN: "-Inf"}
	case math.IsNaN(x):
		return Text{ZH: "非数", EN: "NaN"}
	}
	return lit(formatFloat(x))
}

func quoted(s string) Text { return lit(strconv.Quote(s)) }

// A kind of JSON value.
type kind int

const (
	kindString kind = iota
	kindNumber
	kindBool
	kindArray
	kindObject
	kindNull
)

// kinds name the kinds of JSON value: as wanted ("an object") and as found
// ("array").
var kinds = [...]struct{ want, got Text }{
	kindString: {Text{ZH: "字符串", EN: "a string"}, Text{ZH: "字符串", EN: "string"}},
	kindNumber: {Text{ZH: "数字", EN: "a number"}, Text{ZH: "数字", EN: "number"}},
	kindBool:   {Text{ZH: "布尔值", EN: "a bool"}, Text{ZH: "布尔值", EN: "bool"}},
	kindArray:  {Text{ZH: "数组", EN: "an array"}, Text{ZH: "数组", EN: "array"}},
	kindObject: {Text{ZH: "对象", EN: "an object"}, Text{ZH: "对象", EN: "object"}},
	kindNull:   {Text{ZH: "空值", EN: "null"}, Text{ZH: "空值", EN: "null"}},
}

// fields are the members of the targets and plan files in the order of
// their schemas, with their Chinese names, for the Chinese field paths of
// errors and for listing errors in that order.
var fields = []struct{ key, zh string }{
	{"(top level)", "整个文件"}, {"schema", "格式标识"}, {"year", "年份"}, {"baseYear", "基年"},
	{"title", "标题"}, {"region", "地区"}, {"source", "来源"}, {"zh", "中文"}, {"en", "英文"},
	{"credit", "署名"}, {"assumptions", "假设"}, {"projection", "推算"}, {"gdp", "生产总值指标"}, {"energyIntensity", "能耗强度指标"},
	{"indicators", "指标"}, {"id", "代号"}, {"name", "名称"}, {"quote", "原文"}, {"measure", "度量"}, {"bound", "目标类型"},
	{"value", "目标值"}, {"tolerance", "容差"}, {"unit", "单位"}, {"scenario", "滑块范围"},
	{"min", "最小值"}, {"max", "最大值"}, {"step", "步长"}, {"words", "文字目标"}, {"kind", "种类"},
	{"root", "根节点"}, {"note", "说明"}, {"targets", "目标链接"}, {"phrase", "字句"}, {"children", "子节点"},
}

// segments splits a field path into its members' ranks in fields and
// their indices (-1 for none): "indicators[3].unit" → (13, 3), (20, -1).
func segments(path string) [][2]int {
	var out [][2]int
	for _, seg := range strings.Split(path, ".") {
		name, index, _ := strings.Cut(strings.TrimSuffix(seg, "]"), "[")
		rank := len(fields)
		for k, f := range fields {
			if f.key == name {
				rank = k
				break
			}
		}
		n, err := strconv.Atoi(index)
		if err != nil {
			n = -1
		}
		out = append(out, [2]int{rank, n})
	}
	return out
}

// before reports whether field a comes before field b in the schema.
func before(a, b string) bool {
	sa, sb := segments(a), segments(b)
	for i := 0; i < len(sa) && i < len(sb); i++ {
		if sa[i] != sb[i] {
			return sa[i][0] < sb[i][0] || sa[i][0] == sb[i][0] && sa[i][1] < sb[i][1]
		}
	}
	return len(sa) < len(sb)
}

// fieldIn names a field path in Chinese: its meaning, with the indicator's
// id (if any) after its index, followed by the path quoted, as the file's
// keys are English: "第 4 项指标“income” › 单位（“indicators[3].unit”）".
func fieldIn(path, id string) string {
	if path == topLevel {
		return fields[0].zh
	}
	var parts []string
	for i, seg := range segments(path) {
		zh := "“" + strings.Split(path, ".")[i] + "”"
		if seg[0] < len(fields) {
			zh = fields[seg[0]].zh
		}
		if seg[1] >= 0 {
			zh = "第 " + strconv.Itoa(seg[1]+1) + " 项" + zh
			if id != "" && i == 0 {
				zh += "“" + id + "”"
			}
		}
		parts = append(parts, zh)
	}
	return strings.Join(parts, " › ") + "（“" + path + "”）"
}

// topLevel is the field of an error about the file's value as a whole.
const topLevel = "(top level)"
