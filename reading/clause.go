package reading

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// number is a number found in a clause.
type number struct {
	text       string  // as folded
	value      float64 // its value
	start, end int     // byte offsets in the clause
	year       bool    // "2026年", "2018"
	date       bool    // a month or a day: "1月", "13日"
	unit       string  // the unit its words give: "‰" for "千分之X", "%" for "百分之X"
}

var cnDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// scanNumbers finds the numbers of s: digits with an optional decimal part
// and thousands commas ("1,200"), rates in words ("千分之四点五",
// "百分之八"), and amounts in words before a multiplier ("一万亿元",
// "两个百分点").
func scanNumbers(s string) []number {
	var out []number
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isDigit(r) && i > 0 && isLetter(s[i-1]):
			// Part of a name: PM2.5, CO2.
			j := i
			for j < len(s) && (isDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			i = j
		case isDigit(r):
			j := i
			for j < len(s) && (isDigit(rune(s[j])) || (s[j] == ',' && j+3 < len(s) && isDigit(rune(s[j+1])) && isDigit(rune(s[j+2])) && isDigit(rune(s[j+3]))) ||
				(s[j] == '.' && j+1 < len(s) && isDigit(rune(s[j+1])))) {
				j++
			}
			text := s[i:j]
			v, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64)
			if j < len(s) && isLetter(s[j]) {
				// Part of a name: 5G, 3D.
				err = strconv.ErrSyntax
			}
			if err == nil {
				// A year: 1900–2100 followed by 年, or by no unit ("粮食产量
				// 1980万吨" and "新增就业2000人" are amounts).
				year := len(text) == 4 && v >= 1900 && v <= 2100 && (strings.HasPrefix(s[j:], "年") || !unitFirst(s[j:]))
				// A date: "11月", "13日" ("个月" is a span of time, not a date).
				date := v == math.Trunc(v) && (v >= 1 && v <= 12 && strings.HasPrefix(s[j:], "月") || v >= 1 && v <= 31 && (strings.HasPrefix(s[j:], "日") || strings.HasPrefix(s[j:], "号")))
				out = append(out, number{text: text, value: v, start: i, end: j, year: year, date: date})
			}
			i = j
		case strings.HasPrefix(s[i:], "千分之") || strings.HasPrefix(s[i:], "百分之"):
			j := i + len("千分之")
			v, k, ok := cnNumber(s[j:])
			if ok {
				unit := "‰"
				if strings.HasPrefix(s[i:], "百") {
					unit = "%"
				}
				out = append(out, number{text: s[i : j+k], value: v, start: i, end: j + k, unit: unit})
				i = j + k
				continue
			}
			i = j
		case wordAmountAt(s, i):
			v, k, _ := cnNumber(s[i:])
			out = append(out, number{text: s[i : i+k], value: v, start: i, end: i + k})
			i += k
		default:
			i += w
		}
	}
	return out
}

// wordAmountAt reports whether an amount in Chinese words starts at byte i
// of s: a whole number in words, not part of a longer one, before a
// multiplier or 个百分点 ("一万亿元", "五十万人", "两个百分点"; not "一般" nor
// "十四五").
func wordAmountAt(s string, i int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if _, digit := cnDigits[r]; digit || strings.ContainsRune("十百千点第", r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if _, digit := cnDigits[r]; !digit && r != '十' {
		return false
	}
	_, k, ok := cnNumber(s[i:])
	after := s[i+k:]
	return ok && (strings.HasPrefix(after, "万") || strings.HasPrefix(after, "亿") || strings.HasPrefix(after, "个百分点"))
}

// unitFirst reports whether s starts with a unit: a rate's, an amount's
// (units), or a multiplier (万, 亿, 千, 百).
func unitFirst(s string) bool {
	if strings.HasPrefix(s, "%") || strings.HasPrefix(s, "‰") || strings.HasPrefix(s, "％") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("万亿千百", r) {
		return true
	}
	for _, u := range units {
		if strings.HasPrefix(s, u) {
			return true
		}
	}
	return false
}

func isLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// cnNumber reads a small number in Chinese words ("四点五", "十二") at the
// start of s: its value and byte length.
func cnNumber(s string) (float64, int, bool) {
	var whole, frac float64
	digits, scale := 0, 0.1
	inFrac := false
	n := 0
	for n < len(s) {
		r, w := utf8.DecodeRuneInString(s[n:])
		d, isD := cnDigits[r]
		switch {
		case isD && inFrac:
			frac += float64(d) * scale
			scale /= 10
		case isD:
			whole = whole*10 + float64(d)
		case r == '十' && !inFrac:
			if digits == 0 {
				whole = 1
			}
			whole *= 10
			if n+w < len(s) {
				if _, next := cnDigits[[]rune(s[n+w:])[0]]; !next {
					digits++
					n += w
					continue
				}
			}
			// "十二": the units follow.
			digits++
			n += w
			r2, w2 := utf8.DecodeRuneInString(s[n:])
			if d2, ok := cnDigits[r2]; ok {
				whole += float64(d2)
				n += w2
			}
			continue
		case r == '点' && !inFrac && digits > 0:
			inFrac = true
		default:
			return whole + frac, n, digits > 0
		}
		digits++
		n += w
	}
	return whole + frac, n, digits > 0
}

// enumeration returns the length in bytes of the words that number a
// clause in running text ("一是", "三是") at the start of s, or 0.
func enumeration(s string) int {
	n := 0
	for _, r := range s {
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		n += utf8.RuneLen(r)
	}
	if n > 0 && strings.HasPrefix(s[n:], "是") {
		return n + len("是")
	}
	return 0
}

// verbs are the words between an indicator and its number, longest first
// where one starts another ("保持在" is read as "保持": the indicator is the
// words before either).
var verbs = []string{
	"控制在", "稳定在", "保持", "增长", "成长", "增速", "增幅", "涨幅", "上涨", "下降", "降低", "减少", "提高", "提升",
	"达到", "达", "完成", "实现", "突破", "超过", "不低于", "不少于", "不超过", "不高于", "低于", "争取",
}

// leading are words before an indicator that are not its name.
var leading = []string{"其中", "全年", "今年的", "今年", "全市", "全省", "全区", "全县", "本市", "本区", "本县", "我市", "我省", "我区", "我县", "力争", "确保", "努力", "继续", "实现",
	"预期", "预计", "并要求", "要求", "目标", "是", "完成", "建议", "将", "把"}

// trailing are words between an indicator and its verb that are not its
// name, longest first where one ends another (平均 before 均); 分别, 均 and
// 都 say that the numbers go to several indicators.
var trailing = []string{"分别", "平均", "年均", "均", "都", "继续", "力争", "可比", "同口径", "实际", "同比", "比上年", "较上年", "比去年", "较去年", "至少", "约", "全年", "按", "预期", "目标", "设定在", "设定为", "锚定在", "设在", "定在", "确定为", "定为", "订为", "为", "在", "率先", "首次"}

// growthAfter reports whether the words after a number in % say that it
// is a growth: "%以上的增长", "%的增幅", "%增长", "%左右的较快增长".
func growthAfter(s string) bool {
	s, ok := strings.CutPrefix(s, "%")
	if !ok {
		return false
	}
	for _, q := range qualifiers {
		s = strings.TrimPrefix(s, q.word)
	}
	if rest, ok := strings.CutPrefix(s, "的"); ok {
		s = string([]rune(rest)[:min(6, utf8.RuneCountInString(rest))])
		return containsAny(s, []string{"增长", "增速", "增幅"})
	}
	return firstPrefix(s, []string{"增长", "增速", "增幅"}) != ""
}

// stretchWords lead a number that stretches the target before it ("增长8%、
// 力争9%").
var stretchWords = []string{"力争", "争取", "努力争取", "努力"}

// headingEnds are how a heading ends when the first target follows it in
// the same clause.
var headingEnds = []string{"目标是", "目标为", "目标包括", "预期目标", "主要目标", "目标实现", "指标是", "指标为", "建议为", "】"}

// namesSomething reports whether name can name an indicator: it has a
// Chinese character, or is an acronym that reports use for one: two to ten
// capitals, digits, & and . after a capital ("GDP", "CPI", "R&D"; "abc="
// and "x" are not names).
func namesSomething(name string) bool {
	if strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return true
	}
	if len(name) < 2 || len(name) > 10 || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	return strings.Trim(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&.") == ""
}

// speaker reports whether s is who says the targets ("报告指出", "某某表示",
// "报告也提到", "报告称"), not a target.
func speaker(s string) bool {
	if utf8.RuneCountInString(s) > 12 {
		return false
	}
	for _, w := range []string{"说", "表示", "指出", "强调", "提出", "提到", "透露", "宣布", "介绍", "称", "显示", "明确"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// credit reports whether s is a picture credit or a byline, not a target.
func credit(s string) bool {
	for _, w := range []string{"制图", "摄影", "记者", "编辑", "责编", "来源", "摄"} {
		if strings.Contains(s, w) && utf8.RuneCountInString(s) <= 16 {
			return true
		}
	}
	return false
}

// clauseAfter reads one clause, or one part of a clause of several
// targets joined by 、 (see complete): before is the indicator of the
// target read just before it, which a clause or part with a verb and no
// name is of ("财政总收入达到20亿元、增幅10%以上", "实际利用外资10亿美元，增长7%").
func (t *reader) clauseAfter(s span, before string) Clause {
	c := Clause{Quote: t.quote(s)}
	text := t.text(s)
	nums := scanNumbers(text)
	var targets []number
	for _, n := range nums {
		switch {
		case n.year:
			c.Others = append(c.Others, Number{Text: n.text, Why: WhyYear})
		case n.date:
			c.Others = append(c.Others, Number{Text: n.text, Why: WhyDate})
		case strings.HasSuffix(text[:n.start], "第"):
			c.Others = append(c.Others, Number{Text: n.text, Why: WhyOrdinal})
		default:
			targets = append(targets, n)
		}
	}
	if len(targets) > 1 {
		if whole, ok := t.complete(s, c, before); ok {
			return whole
		}
	}
	if strings.HasPrefix(text, "这") {
		// "这是近年首次将这一数字下调至7%以下": a comment on the target before.
		c.Kind, c.Why = KindLeftOut, WhyQualifies
		c.Others = append(c.Others, numbersOf(targets, WhyQualifies)...)
		return c
	}
	if len(targets) > 0 && (strings.Contains(text[:targets[0].start], "拟") || strings.Contains(text[targets[0].start:], "安排") && !strings.Contains(text, "按增长")) {
		// "赤字率拟按3%安排": a plan, not a target; "地区生产总值按增长6%安排"
		// is how some reports state the headline target; "2011年工作安排" is
		// a heading before it.
		c.Kind, c.Why = KindLeftOut, WhyPlan
		c.Others = append(c.Others, numbersOf(targets, WhyPlan)...)
		return c
	}
	if len(targets) == 0 {
		switch {
		case credit(text):
			c.Kind, c.Why = KindLeftOut, WhyCredit

		case slices.ContainsFunc(nums, func(n number) bool { return n.date }):
			// "4月11日", "2月11日上午九时": when something was said, not a target.
			c.Kind, c.Why = KindLeftOut, WhyDate
		case qualifies(inWords(text)):
			c.Kind, c.Why = KindLeftOut, WhyQualifies
		case policy(inWords(text)):
			c.Kind, c.Why = KindLeftOut, WhyPolicy
		case speaker(text):
			c.Kind, c.Why = KindLeftOut, WhyHeading
		case utf8.RuneCountInString(text) < 4 || strings.TrimSpace(inWords(text)) == "":
			// Too short, or nothing left of it once its lead-in is off
			// ("…将": the fuzzer's).
			c.Kind, c.Why = KindLeftOut, WhyTooShort
		default:
			c.Kind = KindQualitative
			c.Targets = []Target{{Indicator: inWords(text), Bound: Qualitative}}
		}
		return c
	}
	// The indicator is the words before the verb (or the first number),
	// after the leading words, which may be verbs too ("实现地区生产总值增长8%").
	first := targets[0].start
	lead := enumeration(text)
	// "完成灾后重建主要目标任务的72%": a share of what follows the verb,
	// which is then no leading word.
	share := strings.HasSuffix(text[:first], "的")
	for changed := true; changed; {
		changed = false
		for _, w := range leading {
			if share && (w == "完成" || w == "实现") {
				continue
			}
			if strings.HasPrefix(text[lead:], w) && lead+len(w) < first {
				lead, changed = lead+len(w), true
			}
		}
		// The year: "2009年上海市生产总值增长9%".
		for _, n := range nums {
			if n.year && n.start == lead && strings.HasPrefix(text[n.end:], "年") && n.end+len("年") < first {
				lead, changed = n.end+len("年"), true
			}
		}
	}
	// firstVerb is the first verb at or after from, before the number.
	firstVerb := func(from int) (verb string, at int) {
		at = first
		for _, v := range verbs {
			k := strings.Index(text[from:], v)
			if k >= 0 {
				k += from
			}
			for k >= 0 && (v == "增长" || v == "成长") && strings.HasPrefix(text[k+len(v):], "率") {
				next := strings.Index(text[k+len(v):], v)
				if next < 0 {
					k = -1
					break
				}
				k += len(v) + next
			}
			if k >= 0 && k < at {
				verb, at = v, k
			}
		}
		return verb, at
	}
	verb, at := firstVerb(lead)
	// "……措施力争实现地区生产总值增长7%": 实现 after 力争 leads the name in;
	// "……目标是确保实现财政收入18亿元": with no verb after the name, the
	// number follows it.
	if verb == "实现" || verb == "完成" || verb == "达到" {
		for _, w := range []string{"力争", "努力", "确保"} {
			if strings.HasSuffix(text[lead:at], w) {
				switch v, k := firstVerb(at + len(verb)); {
				case v != "" && k > at+len(verb):
					lead, verb, at = at+len(verb), v, k
				case v == "":
					lead, verb, at = at+len(verb), "", first
				}
				break
			}
		}
	}
	name := text[lead:at]
	// "主要预期目标是地区生产总值增长7.5%": the heading, written into the
	// first target's clause, is not the indicator's name; in "城镇新增就业
	// 目标为1万人" nothing follows it, and the name is before; 目标任务 is a
	// word of a name ("完成重建主要目标任务的72%").
	for _, h := range headingEnds {
		if k := strings.LastIndex(name, h); k >= 0 && k+len(h) < len(name) && !strings.HasPrefix(name[k+len(h):], "任务") {
			name = name[k+len(h):]
		}
	}
	// "福田今年将采取六大措施努力实现GDP增长10%": what comes before 力争 or
	// 努力 says how, not what; "广州将今年的经济增长目标锚定在5%", "某市建议
	// 今年GDP增长6%", "中共今年经济增长目标……": what comes before 将, 建议 or
	// 今年 says who.
	for _, w := range []string{"力争", "努力", "将", "建议", "今年"} {
		if k := strings.LastIndex(name, w); k > 0 && k+len(w) < len(name) {
			name = name[k+len(w):]
		}
	}
	// "本报讯(记者某某)地区生产总值……": a dateline and byline before it.
	if k := strings.LastIndex(name, ")"); k >= 0 && credit(name[:k+1]) {
		name = name[k+1:]
	}
	// "城镇新增就业「1200万人以上」": a quotation mark the number opens;
	// "“地区生产总值增长……" after a byline: one the clause does not close;
	// "【地区生产总值】增长6%", "地区生产总值｜增长6%": a name set apart.
	name = strings.TrimRight(name, "“‘「『|/")
	if strings.Count(name, "“") > strings.Count(name, "”") {
		name = strings.TrimPrefix(name, "“")
	}
	if inner, ok := strings.CutPrefix(name, "【"); ok && strings.HasSuffix(inner, "】") {
		name = strings.TrimSuffix(inner, "】")
	}
	multi := false
	for changed := true; changed; {
		changed = false
		for _, w := range trailing {
			if strings.HasSuffix(name, w) && len(name) > len(w) && (w != "约" || approx(name)) {
				name, changed = strings.TrimSuffix(name, w), true
				multi = multi || w == "分别" || w == "均" || w == "都"
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, w := range leading {
			if strings.HasPrefix(name, w) && len(name) > len(w) {
				name, changed = strings.TrimPrefix(name, w), true
			}
		}
	}
	if strings.HasPrefix(name, "在") && strings.HasSuffix(name, "中") {
		// "在全省地级市中率先突破4000亿元": where it ranks, not what; the
		// name is the one before.
		name = ""
	}
	rest := text[at:]
	if name == "" && (verb == "完成" || verb == "实现" || verb == "达到") {
		// "完成灾后重建主要目标任务的72%": the indicator follows the verb.
		between := text[at+len(verb) : first]
		if k := strings.LastIndex(between, "的"); k > 0 {
			name = between[:k]
		}
	}
	if verb == "实现" || verb == "达到" || verb == "完成" {
		// "实现增长9%": the verb after says what the number measures.
		for _, v := range verbs {
			if strings.HasPrefix(text[at+len(verb):], v) {
				verb = v
				break
			}
		}
	}
	if (verb == "" || verb == "实现" || verb == "达到" || verb == "达" || verb == "保持") && growthAfter(text[targets[0].end:]) {
		// "实现20%以上的增长", "保持8%的增长速度": a growth, named after its
		// number.
		verb = "增长"
	}
	if (verb == "" || verb == "争取") && firstPrefix(text, stretchWords) != "" && (name == "" || slices.Contains(stretchWords, name)) {
		// "增长8%、力争9%", "增长6%，争取7%": a number after 力争 or 争取
		// with no name and no verb of its own stretches the target before;
		// it is not a target.
		c.Kind, c.Why = KindLeftOut, WhyQualifies
		c.Others = append(c.Others, numbersOf(targets, WhyQualifies)...)
		return c
	}
	if name == "" && verb != "" {
		name = before
	}
	if firstPrefix(name, []string{"比", "较", "与"}) != "" {
		// "比上年提高0.5个百分点": the target before compared with last
		// year, not a target.
		c.Kind, c.Why = KindLeftOut, WhyQualifies
		c.Others = append(c.Others, numbersOf(targets, WhyQualifies)...)
		return c
	}
	if verb == "" && name == "" || name != "" && !namesSomething(name) {
		c.Kind, c.Why = KindLeftOut, WhyNoIndicator
		c.Others = numbersIn(text, WhyNoIndicator)
		return c
	}
	values := t.values(text, targets)
	if values == nil {
		c.Kind, c.Why = KindLeftOut, WhyUnread
		c.Others = append(c.Others, numbersOf(targets, WhyUnread)...)
		return c
	}
	names := splitNames(name, len(values), multi)
	if len(values) == 1 && len(names) > 1 {
		// "城镇新增就业万人以上、新增市场主体1.3万户": a name that ends with a
		// qualifier lost its number in the source; the one number left is not
		// its.
		kept := names[:0:0]
		for i, nm := range names {
			if i == len(names)-1 || !endsQualified(nm) {
				kept = append(kept, nm)
			}
		}
		names = kept
	}
	if names == nil {
		c.Kind, c.Why = KindLeftOut, WhyUnpaired
		c.Others = append(c.Others, numbersOf(targets, WhyUnpaired)...)
		return c
	}
	c.Kind = KindNumeric
	for k, nm := range names {
		v := values[0]
		if len(values) == len(names) {
			v = values[k]
		}
		c.Targets = append(c.Targets, target(nm, verb, rest, v))
	}
	return c
}

// complete reads a clause of complete targets joined by 、, each with its
// number and its name, or a verb after the name before ("城镇新增就业5万人
// 以上、城镇调查失业率控制在5.5%以内", "财政总收入达到20亿元、增幅10%以上"), one
// part at a time; c is the clause so far. ok is false unless every part
// reads as one target of its own: then the clause is read as a whole
// ("……分别增长3%、6%").
func (t *reader) complete(s span, c Clause, before string) (Clause, bool) {
	var parts []span
	from := 0
	for i, r := range s {
		if t.f[r] == '、' {
			parts = append(parts, s[from:i])
			from = i + 1
		}
	}
	parts = append(parts, s[from:])
	if len(parts) < 2 {
		return c, false
	}
	var targets []Target
	for _, p := range parts {
		if len(p) == 0 || !hasTargetNumber(t.text(p)) {
			return c, false
		}
		pc := t.clauseAfter(p, before)
		if pc.Why == WhyQualifies && len(targets) > 0 {
			c.Others = append(c.Others, pc.Others...) // "增长8%、力争9%"
			continue
		}
		if pc.Kind != KindNumeric || len(pc.Targets) != 1 {
			return c, false
		}
		targets = append(targets, pc.Targets[0])
		before = pc.Targets[0].Indicator
	}
	c.Kind, c.Targets = KindNumeric, targets
	return c, true
}

// marks are where the numbers of clause c (at s) stand in its quote, and
// what each was read as: a target's, or not and why.
func (t *reader) marks(s span, c Clause) []Mark {
	text := t.text(s)
	var out []Mark
	for _, n := range scanNumbers(text) {
		m := Mark{From: utf8.RuneCountInString(text[:n.start]), To: utf8.RuneCountInString(text[:n.end])}
		switch {
		case n.year:
			m.Why = WhyYear
		case n.date:
			m.Why = WhyDate
		case strings.HasSuffix(text[:n.start], "第"):
			m.Why = WhyOrdinal
		case c.Kind == KindNumeric:
			m.Target = true
		default:
			m.Why = c.Why
		}
		out = append(out, m)
	}
	return out
}

func numbersOf(ns []number, why Reason) []Number {
	out := make([]Number, len(ns))
	for i, n := range ns {
		out[i] = Number{Text: n.text, Why: why}
	}
	return out
}

// value is one target's number(s) with what follows them.
type value struct {
	v, min, max float64
	isRange     bool
	unit        string
	qualifier   string // 以上, 以内, 左右, …; "" when none
}

// units are the units an amount may carry after its number, longest first.
var units = []string{
	"个百分点", "个千分点", "万亿斤", "亿斤", "万吨标准煤", "万吨标煤", "万吨", "亿吨", "万亩", "亿元", "万亿元", "万元", "元",
	"万人次", "人次", "万人", "人", "万户", "户", "微克/立方米", "万平方米", "平方米", "平方公里", "公里", "千米", "万公顷", "公顷", "亿立方米", "万立方米", "立方米", "万辆", "辆", "万台", "台", "万头", "头", "万只", "天", "岁", "件", "万套", "家", "个", "项", "所", "座", "吨标准煤", "吨", "斤", "亩",
	"兆元", "兆斤", "亿美元", "万美元", "美元", "万标箱", "标箱", "万个", "万家", "万千瓦时", "万千瓦", "千瓦时", "千瓦", "亿千瓦时",
	"万", "亿", // a multiplier alone: "农村贫困人口减少130万"
}

var qualifiers = []struct{ word, kind string }{
	{"以上", "以上"}, {"及以上", "以上"}, {"或以上", "以上"}, {"不低于", "以上"}, {"以内", "以内"}, {"之内", "以内"}, {"以下", "以内"}, {"左右", "左右"}, {"上下", "左右"},
}

// values reads the target numbers of a clause and what follows each: unit,
// qualifier, a range's second number. A qualifier written once at the end
// applies to every number that has none ("10.6%和12.3%左右"). It returns
// nil when the numbers do not read as targets.
func (t *reader) values(text string, ns []number) []value {
	var out []value
	for k := 0; k < len(ns); k++ {
		n := ns[k]
		v := value{v: n.value}
		after := text[n.end:]
		v.unit = n.unit
		unit := func(s string) (string, string) {
			if strings.HasPrefix(s, "%") {
				return "%", s[1:]
			}
			if strings.HasPrefix(s, "‰") {
				return "‰", s[len("‰"):]
			}
			for _, u := range units {
				if strings.HasPrefix(s, u) {
					return u, s[len(u):]
				}
			}
			return "", s
		}
		if v.unit == "" {
			v.unit, after = unit(after)
		}
		// A range: X-Y, X到Y, X至Y (the unit may be written once).
		for _, sep := range []string{"-", "到", "至"} {
			if k+1 < len(ns) && strings.HasPrefix(after, sep) && n.end+len(text[n.end:])-len(after)+len(sep) == ns[k+1].start {
				m := ns[k+1]
				u2, after2 := unit(text[m.end:])
				if v.unit == "" {
					v.unit = u2
				}
				// Ends out of order or equal are read as written in order,
				// or as the one number.
				v.isRange, v.min, v.max = m.value != n.value, math.Min(n.value, m.value), math.Max(n.value, m.value)
				after = after2
				k++
				break
			}
		}
		for _, q := range qualifiers {
			if strings.HasPrefix(after, q.word) {
				v.qualifier = q.kind
				break
			}
		}
		if v.qualifier == "" {
			v.qualifier = qualifierBefore(text[:n.start])
		}
		out = append(out, v)
	}
	last := out[len(out)-1].qualifier
	for i := range out {
		if out[i].qualifier == "" {
			out[i].qualifier = last
		}
	}
	return out
}

// qualifierBefore is the qualifier written before a number, or before the
// verb before it ("约8%", "约增长8%": 左右; "至少增长8%": 以上), or "".
func qualifierBefore(s string) string {
	for _, v := range verbs {
		if rest, ok := strings.CutSuffix(s, v); ok {
			s = rest
			break
		}
	}
	switch {
	case approx(s):
		return "左右"
	case strings.HasSuffix(s, "至少"):
		return "以上"
	}
	return ""
}

// approx reports whether s ends with 约 (about), not with a word that ends
// with it (签约, 节约, 集约, 制约, 履约, 合约, 预约).
func approx(s string) bool {
	rest, ok := strings.CutSuffix(s, "约")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return !strings.ContainsRune("签节集制履合预", r)
}

// splitNames returns the indicator names of n numbers: one name for each
// number ("A、B分别增长X%、Y%"), one name shared ("A和B均增长X%"), or the
// urban and rural halves of one name ("城乡居民人均可支配收入分别增长8%和9%").
// It returns nil when they do not pair.
func splitNames(name string, n int, multi bool) []string {
	if n == 3 {
		// "一二三产增加值分别增长3%、6%、5%", "三次产业增加值分别增长……": the
		// three sectors.
		for _, p := range []string{"第一二三产业", "一二三产业", "一二三产", "三次产业"} {
			if rest, ok := strings.CutPrefix(name, p); ok {
				return []string{"第一产业" + rest, "第二产业" + rest, "第三产业" + rest}
			}
		}
	}
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '、' || r == '和' })
	if strings.Contains(name, "和") && !multi && n == 1 && len(parts) == 2 && (!indicatorLike(parts[0]) || !indicatorLike(parts[1])) {
		parts = []string{name} // "A和B" is one name unless both read as indicators
	}
	if len(parts) == 2 && parts[0] == "城" && strings.HasPrefix(parts[1], "乡") {
		rest := strings.TrimPrefix(parts[1], "乡")
		parts = []string{"城镇" + rest, "农村" + rest}
	}
	if len(parts) == 1 && strings.HasPrefix(name, "城乡") && (n == 2 || n == 1 && multi) {
		// "城乡居民人均可支配收入分别增长8%和9%", "……增长8%和9%", "……均增长
		// 7%左右": urban and rural.
		rest := strings.TrimPrefix(name, "城乡")
		parts = []string{"城镇" + rest, "农村" + rest}
	}
	if len(parts) > 1 && !indicatorLike(parts[0]) && indicatorLike(parts[len(parts)-1]) {
		// "城镇和农村居民人均可支配收入": the words the last name ends with
		// go with each.
		last := []rune(parts[len(parts)-1])
		if k := len([]rune(parts[0])); k < len(last) {
			tail := string(last[k:])
			for i := range parts[:len(parts)-1] {
				parts[i] += tail
			}
		}
	}
	switch {
	case len(parts) == 0:
		return nil
	case n == 1 || len(parts) == n:
		return parts
	case len(parts) == 1:
		return nil
	}
	return nil
}

// endsQualified reports whether a name ends with a qualifier (以上, 以内,
// 左右, …), which follows a number.
func endsQualified(name string) bool {
	for _, q := range qualifiers {
		if strings.HasSuffix(name, q.word) {
			return true
		}
	}
	return false
}

// indicatorLike reports whether a name ends as an indicator's does (a
// rate, an amount, a value, an income…), not as a prefix ("城镇").
func indicatorLike(s string) bool {
	r := []rune(s)
	return len(r) > 0 && strings.ContainsRune("率额值量入出口资费耗数重例", r[len(r)-1])
}

// target makes one target from its name, verb, the words from the verb on
// and its number.
func target(name, verb, rest string, v value) Target {
	t := Target{Indicator: name, Unit: v.unit}
	// "赤字率提高至4%", "降至4%": the level the verb takes it to.
	to := verb != "" && (strings.HasPrefix(rest[len(verb):], "至") || strings.HasPrefix(rest[len(verb):], "到"))
	falls := verb == "下降" || verb == "降低" || verb == "减少"
	switch {
	case v.unit == "个百分点" || v.unit == "个千分点":
		t.Measure = Change
	case to:
		t.Measure = Level
	case (verb == "下降" || verb == "降低" || verb == "减少") && v.unit == "%":
		t.Measure = Reduction
	case (verb == "增长" || verb == "成长" || verb == "增速" || verb == "增幅" || verb == "涨幅" || verb == "上涨" || verb == "提高" || verb == "提升") && v.unit == "%":
		t.Measure = Growth
	case v.unit == "%" && verb == "" && !strings.HasSuffix(name, "自然增长率") &&
		(strings.HasSuffix(name, "增长率") || strings.HasSuffix(name, "成长率") || strings.HasSuffix(name, "增速")):
		t.Measure = Growth
	default:
		t.Measure = Level
	}
	capped := strings.Contains(rest, "控制在") || strings.Contains(rest, "不超过") || strings.Contains(rest, "不高于") ||
		strings.Contains(strings.ReplaceAll(rest, "不低于", ""), "低于")
	switch {
	case v.isRange:
		t.Bound, t.Min, t.Max = Range, v.min, v.max
		return t
	case v.qualifier == "以上":
		t.Bound = AtLeast
	case v.qualifier == "以内":
		t.Bound = AtMost
	case v.qualifier == "左右":
		t.Bound = About
	case capped || to && falls:
		t.Bound = AtMost
	case to:
		t.Bound = AtLeast
	case t.Measure == Growth || t.Measure == Reduction || t.Measure == Change && verb != "":
		t.Bound = AtLeast // "增长X%", "提高1个百分点": met at or above X
	case verb == "达到" || verb == "达" || verb == "完成" || verb == "实现" || verb == "突破" || verb == "超过" || verb == "不低于" || verb == "不少于" || verb == "提高" || verb == "提升":
		t.Bound = AtLeast
	default:
		t.Bound = Exact
	}
	t.Value = v.v
	return t
}
