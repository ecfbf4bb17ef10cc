// Package reading reads the main expected targets (主要预期目标) out of the
// words of a government work report: the paragraph as printed or pasted,
// in simplified or traditional characters, with full-width or ASCII digits
// and punctuation, as running text, a numbered list or bulleted lines, with
// stray lines among them. It returns every clause with its reading: the
// targets it states (indicator, measure, bound, numbers and unit as
// printed), a target with no number kept in words, or why it was left out;
// and every number of the text is in a target or listed as not one.
//
// It is plain Go with no I/O: cmd/readtargets and the page use it, and its
// tests read a corpus of real paragraphs (testdata/corpus).
package reading

import (
	"slices"
	"strings"
	"unicode"
)

// Measure is what a target's number measures.
type Measure string

// The measures.
const (
	Growth    Measure = "growth"    // a growth rate, in %
	Level     Measure = "level"     // a level or an amount, in its unit
	Change    Measure = "change"    // a change in percentage (or per-mille) points
	Reduction Measure = "reduction" // a cut, in %
)

// Bound is how a target's number binds.
type Bound string

// The bounds.
const (
	AtLeast     Bound = "atLeast"     // 以上, or a growth target as printed ("增长X%")
	AtMost      Bound = "atMost"      // 以内, 控制在X以内
	About       Bound = "about"       // 左右
	Range       Bound = "range"       // X-Y, X到Y
	Exact       Bound = "exact"       // a level with no qualifier
	Qualitative Bound = "qualitative" // no number: words only
)

// A Target is one target read from a clause.
type Target struct {
	Indicator string  `json:"indicator"` // as printed (in simplified characters)
	Measure   Measure `json:"measure,omitempty"`
	Bound     Bound   `json:"bound"`
	Value     float64 `json:"value,omitempty"` // all bounds but range and qualitative
	Min       float64 `json:"min,omitempty"`   // range
	Max       float64 `json:"max,omitempty"`   // range
	Unit      string  `json:"unit,omitempty"`  // as printed: "%", "‰", "个百分点", "万人", "万亿斤", …
}

// Kind is how a clause was read.
type Kind string

// The kinds of clause.
const (
	KindNumeric     Kind = "numeric"     // one or more targets with numbers
	KindQualitative Kind = "qualitative" // a target in words
	KindLeftOut     Kind = "left out"    // not a target: Why says why
)

// A Clause is one clause of the text with its reading.
type Clause struct {
	Quote   string   `json:"quote"` // as printed, spaces and line breaks removed
	Kind    Kind     `json:"kind"`
	Why     Reason   `json:"why,omitempty"`
	Targets []Target `json:"targets,omitempty"`
	Others  []Number `json:"others,omitempty"` // numbers in it that are not targets
	Marks   []Mark   `json:"marks,omitempty"`  // every number of the quote, where it is and what it was read as
}

// A Mark is where a number stands in a clause's quote, in characters (runes)
// from its start, and whether it is a target's; when not, why.
type Mark struct {
	From, To int
	Target   bool
	Why      Reason
}

// A Number is a number of the text that is not a target's.
type Number struct {
	Text string `json:"text"` // as printed
	Why  Reason `json:"why"`
}

// Read reads text. Clauses come in the order of the text.
func Read(text string) []Clause {
	src := []rune(text)
	folded := make([]rune, len(src))
	for i, r := range src {
		folded[i] = Fold(r)
	}
	// Pinyin a converter wrote after characters ("地區(qū)生產(chǎn)總值") is read
	// as space: neither in names nor in quotes.
	for i := 1; i < len(folded); i++ {
		if n := ruby(folded, i); n > 0 {
			for k := i; k < i+n; k++ {
				folded[k] = ' '
			}
		}
	}
	jammer(folded)
	// "一、二、三产业分别增长5%、13%、10%": one name of three sectors.
	for i := 0; i+5 < len(folded); i++ {
		if string(folded[i:i+6]) == "一、二、三产" {
			folded[i+1], folded[i+3] = ' ', ' '
		}
	}
	t := &reader{src: src, f: folded}
	return t.read()
}

// Targets returns the targets of the clauses, in order.
func Targets(cs []Clause) []Target {
	var out []Target
	for _, c := range cs {
		out = append(out, c.Targets...)
	}
	return out
}

type reader struct {
	src, f []rune
}

// span is a run of positions of the text (line breaks and spaces left out).
type span []int

func (t *reader) text(s span) string {
	var b strings.Builder
	for _, i := range s {
		b.WriteRune(t.f[i])
	}
	return b.String()
}

func (t *reader) quote(s span) string {
	var b strings.Builder
	for _, i := range s {
		b.WriteRune(t.src[i])
	}
	return b.String()
}

// block is a bulleted or numbered item, or a run of wrapped lines.
type block struct {
	s      span
	bullet bool // starts with a bullet or a list number
}

// jammer reads as space the runs of ASCII that forums put into copied text
// to spoil it ("296亿元7 M& T\" a+ {* Q3 b( I7"): three or more short
// tokens (at most three characters) apart by spaces, with two or more
// symbols. Numbers, names and ranges ("10.5%", "PM2.5", "5.5-6%", "GDP")
// are not such runs.
func jammer(f []rune) {
	for i := 0; i < len(f); {
		if f[i] >= 128 || f[i] == '\n' {
			i++
			continue
		}
		j := i
		for j < len(f) && f[j] < 128 && f[j] != '\n' {
			j++
		}
		run := string(f[i:j])
		tokens := strings.Fields(run)
		short := len(tokens) >= 3
		for _, t := range tokens {
			short = short && len(t) <= 3
		}
		if short && strings.Count(run, " ") >= 2 && countAny(run, "~!@#$^&*()_+{}[]|\\:;\"'<>?,/`=") >= 2 {
			for k := i; k < j; k++ {
				f[k] = ' '
			}
		}
		i = j
	}
}

// countAny counts the runes of s that are in chars.
func countAny(s, chars string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(chars, r) {
			n++
		}
	}
	return n
}

// ruby returns the length of the pinyin in brackets at f[i] after a Chinese
// character ("(chǎn)": lower-case letters with a tone mark), or 0.
func ruby(f []rune, i int) int {
	if f[i] != '(' || !unicode.Is(unicode.Han, f[i-1]) {
		return 0
	}
	tone := false
	for k := i + 1; k < len(f) && k <= i+8; k++ {
		switch r := f[k]; {
		case r == ')' && tone && k > i+1:
			return k - i + 1
		case strings.ContainsRune("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ", r):
			tone = true
		case r < 'a' || r > 'z':
			if r != 'ü' {
				return 0
			}
		}
	}
	return 0
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\u00a0' || r == '\u3000'
}

// blocks splits the text at blank lines and before bulleted or numbered
// lines; other line breaks are wraps, but for one after a line that ends
// with a target's number, which ends a clause.
func (t *reader) blocks() []block {
	var out []block
	var cur block
	flush := func() {
		if len(cur.s) > 0 {
			out = append(out, cur)
		}
		cur = block{}
	}
	lineStart := 0
	for lineStart <= len(t.f) {
		end := lineStart
		for end < len(t.f) && t.f[end] != '\n' {
			end++
		}
		var line span
		for i := lineStart; i < end; i++ {
			switch {
			case !isSpace(t.f[i]):
				line = append(line, i)
			case isSpace(t.src[i]) && len(line) > 0 && !isSpace(t.f[line[len(line)-1]]) && t.endsTarget(line) && !startsQualifier(t.f, t.after(i, end)):
				// "地区生产总值增长6%左右 一般公共预算收入增长5%": a space after a
				// target's number ends its clause; it is kept for pieces. Not
				// pinyin read as space ("1200萬(wàn)人").
				line = append(line, i)
			}
		}
		switch {
		case len(line) == 0:
			flush()
		case bulletAt(t.f, line):
			flush()
			cur.bullet = true
			cur.s = append(cur.s, line...)
		case len(cur.s) > 0 && t.endsTarget(cur.s) && !startsQualifier(t.f, line):
			// "GDP增长5%左右\n城镇新增就业1200万人以上": a line that ends
			// with a target's number ends its clause; the line break is
			// kept in the block for pieces to part them.
			cur.s = append(cur.s, lineStart-1)
			cur.s = append(cur.s, line...)
		default:
			cur.s = append(cur.s, line...)
		}
		lineStart = end + 1
	}
	flush()
	return out
}

// endsTarget reports whether s ends as a target does: with a number and its
// unit ("5%", "1200万人") and perhaps a qualifier ("以上").
func (t *reader) endsTarget(s span) bool {
	var b strings.Builder
	for _, i := range s[max(0, len(s)-12):] {
		b.WriteRune(t.f[i])
	}
	text := b.String()
	for _, q := range qualifiers {
		text = strings.TrimSuffix(text, q.word)
	}
	unit := strings.HasSuffix(text, "%") || strings.HasSuffix(text, "‰")
	if !unit {
		// The longest unit that ends it: "1万亿元" ends in 亿元 too, and
		// "1亿千瓦时" in 千瓦时 (units are in order for reading them after
		// a number, not before its end).
		longest := ""
		for _, u := range units {
			if strings.HasSuffix(text, u) && len(u) > len(longest) {
				longest = u
			}
		}
		text, unit = strings.TrimSuffix(text, longest), longest != ""
	}
	text = strings.TrimSuffix(strings.TrimSuffix(text, "%"), "‰")
	r := []rune(text)
	return unit && len(r) > 0 && isDigit(r[len(r)-1])
}

// after returns the positions after i up to end that are not spaces.
func (t *reader) after(i, end int) span {
	var s span
	for k := i + 1; k < end; k++ {
		if !isSpace(t.f[k]) {
			s = append(s, k)
		}
	}
	return s
}

// startsQualifier reports whether line starts with a qualifier ("以上"),
// which goes with the number before the line break.
func startsQualifier(f []rune, line span) bool {
	var b strings.Builder
	for _, i := range line[:min(len(line), 3)] {
		b.WriteRune(f[i])
	}
	for _, q := range qualifiers {
		if strings.HasPrefix(b.String(), q.word) {
			return true
		}
	}
	return false
}

const bullets = "●•·◆◇■□▪▶►○◎★☆※-*▲△▼▽◉√✓✔→➢➤>❖"

// circled are list numbers of one character ("①", "⑵").
const circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"

// bulletAt reports whether line starts with a bullet or a list number.
func bulletAt(f []rune, line span) bool {
	if strings.ContainsRune(bullets, f[line[0]]) {
		return true
	}
	_, n := ordinal(f, line)
	return n > 0
}

// ordinal returns the list number a line starts with ("一、", "1、", "1.",
// "(1)", "（一）") and how many positions it takes, or 0.
func ordinal(f []rune, line span) (string, int) {
	at := func(k int) rune {
		if k < len(line) {
			return f[line[k]]
		}
		return 0
	}
	if strings.ContainsRune(circled, at(0)) {
		return string(at(0)), 1
	}
	k := 0
	open := at(0) == '('
	if open {
		k++
	}
	start := k
	for isDigit(at(k)) || strings.ContainsRune("一二三四五六七八九十", at(k)) {
		k++
	}
	if k == start || k-start > 3 {
		return "", 0
	}
	switch {
	case open && at(k) == ')':
		k++
	case !open && (at(k) == '、' || (at(k) == '.' && !isDigit(at(k+1))) || at(k) == ')'):
		k++
	default:
		return "", 0
	}
	var b strings.Builder
	for _, i := range line[:k] {
		b.WriteRune(f[i])
	}
	return b.String(), k
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// ordinalStyle is how a list number is written: in digits ("1.", "2)") or
// in Chinese numerals ("二、", "（三）").
func ordinalStyle(ord string) string {
	if strings.ContainsFunc(ord, isDigit) {
		return "digits"
	}
	return "numerals"
}

// namesBefore reports whether a colon after clause cur joins a name to its
// number in next ("地区生产总值：增长6%左右", "城镇新增就业：1.5万人"): cur
// is an indicator's name alone (one the dictionary knows, or one that ends
// as an indicator's does), not a speaker or a heading, and next starts
// with a verb or a number.
func (t *reader) namesBefore(cur, next span) bool {
	if len(cur) == 0 || len(next) == 0 {
		return false
	}
	name := t.text(cur)
	if _, known := English(name); !known && !indicatorLike(name) || strings.ContainsFunc(name, isDigit) {
		return false
	}
	after := t.text(next[:min(len(next), 3)])
	return isDigit([]rune(after)[0]) || firstPrefix(after, verbs) != ""
}

// quotePairs are the opening and closing quotation marks.
var quotePairs = [][2]rune{{'“', '”'}, {'‘', '’'}, {'「', '」'}, {'『', '』'}}

// unquoted returns clause s without the quotation marks at its ends that
// it does not close or open itself (more marks that open than close, or
// the other way): a target quoted with its sentence ("“地区生产总值增长5%
// 左右。”", "……完成“十四五”考核目标”") is read as the words inside, and a
// quoted name inside a clause ("新增“四上”企业") keeps its marks.
func (t *reader) unquoted(s span) span {
	for changed := true; changed && len(s) > 0; {
		changed = false
		first, last := t.f[s[0]], t.f[s[len(s)-1]]
		for _, q := range quotePairs {
			opens, closes := t.count(s, q[0]), t.count(s, q[1])
			switch {
			case first == q[1] || first == q[0] && opens > closes:
				s, changed = s[1:], true
			case last == q[0] || last == q[1] && closes > opens:
				s, changed = s[:len(s)-1], true
			}
			if changed || len(s) == 0 {
				break
			}
		}
	}
	return s
}

// count counts the runes r of s.
func (t *reader) count(s span, r rune) int {
	n := 0
	for _, i := range s {
		if t.f[i] == r {
			n++
		}
	}
	return n
}

// pieces splits a block into sentences (at 。！？ and the ellipsis that ends
// a list cut short, "……”") and each sentence into clauses (at ; , : but not
// a comma between digits, and at a line break blocks kept).
func (t *reader) pieces(s span) [][]span {
	var sentences [][]span
	var sentence []span
	var cur span
	end := func() {
		if cur = t.unquoted(cur); len(cur) > 0 {
			sentence = append(sentence, cur)
		}
		cur = nil
	}
	dash := false // the second of a pair of dashes
	for k, i := range s {
		r := t.f[i]
		switch {
		case dash:
			dash = false
		case r == '。' || r == '!' || r == '?' || r == '！' || r == '？' || r == '…' ||
			(r == '.' && !(k > 0 && isDigit(t.f[s[k-1]]) && k+1 < len(s) && isDigit(t.f[s[k+1]]))):
			end()
			if len(sentence) > 0 {
				sentences = append(sentences, sentence)
			}
			sentence = nil
		case r == '-' && k+1 < len(s) && t.f[s[k+1]] == '-':
			end() // "目标——" (a pair of dashes) introduces like a colon
			dash = true
		case r == ':' && t.namesBefore(cur, s[k+1:]):
			// "地区生产总值：增长6%左右": the name, then its number.
		case r == ';' || r == ':' || r == '\n' || isSpace(r) || r == '/' && t.endsTarget(cur):
			end()
		case r == ',' && !(k > 0 && k+1 < len(s) && isDigit(t.f[s[k-1]]) && isDigit(t.f[s[k+1]])):
			end()
		default:
			cur = append(cur, i)
		}
	}
	end()
	if len(sentence) > 0 {
		sentences = append(sentences, sentence)
	}
	return sentences
}

func (t *reader) read() []Clause {
	// piece is a clause of the text, or the list number before an item.
	type piece struct {
		s        span
		bullet   bool // in a bulleted or numbered item
		ordinal  bool // the list number itself
		sentence int  // index of its sentence in the text
		block    int  // index of its block
	}
	var all []piece
	var size []int // runes of each block
	n := 0
	for b, bl := range t.blocks() {
		size = append(size, len(bl.s))
		s := bl.s
		if bl.bullet {
			k := 0
			for k < len(s) && strings.ContainsRune(bullets, t.f[s[k]]) {
				k++ // "——地区生产总值……": a bullet of two dashes
			}
			if k == 0 {
				_, k = ordinal(t.f, s)
				all = append(all, piece{s: s[:k], bullet: true, ordinal: true, sentence: n, block: b})
			}
			s = s[k:]
		}
		for _, sentence := range t.pieces(s) {
			for _, c := range sentence {
				// A list numbered in running text: "目标是：一、…；二、…".
				if _, k := ordinal(t.f, c); k > 0 && k < len(c) {
					all = append(all, piece{s: c[:k], bullet: bl.bullet, ordinal: true, sentence: n, block: b})
					c = c[k:]
				}
				all = append(all, piece{s: c, bullet: bl.bullet, sentence: n, block: b})
			}
			n++
		}
	}
	// Where the targets are: after a heading ("主要预期目标是："), to the end
	// of its sentence in running text, or over the list items after it;
	// with no heading, everywhere.
	// Each clause read once, as if it were among the targets; where it
	// stands decides below whether it is.
	// A clause with a verb and no name is of the indicator of the target
	// read just before it in its sentence ("实际利用外资10亿美元，增长7%").
	read := make([]Clause, len(all))
	for k, p := range all {
		if p.ordinal {
			continue
		}
		before := ""
		if k > 0 && !all[k-1].ordinal && all[k-1].sentence == p.sentence && len(read[k-1].Targets) > 0 && read[k-1].Kind == KindNumeric {
			before = read[k-1].Targets[len(read[k-1].Targets)-1].Indicator
		}
		read[k] = t.clauseAfter(p.s, before)
	}
	// The heading is the last one before the first numeric target ("……确定
	// 了今年的主要预期目标。具体预期目标为：……").
	// A heading may also be written into the first target's clause, with no
	// colon ("主要预期目标是地区生产总值增长7.5%"): that clause is read as a
	// target, and what comes before it is not.
	// A heading with numeric targets before it and none after is none
	// ("……增长6%。奋力完成全年目标任务。": targets with no heading).
	heading, inside, headed := -1, false, false
	for k, p := range all {
		if p.ordinal {
			continue
		}
		if isHeading(t.text(p.s)) {
			heading = k
			continue
		}
		if read[k].Kind == KindNumeric && heading < 0 && headsTargets(t.text(p.s)) {
			heading, inside, headed = k, true, true
			break
		}
		if heading >= 0 && read[k].Kind == KindNumeric {
			headed = true
			break
		}
	}
	if !headed && slices.ContainsFunc(read[:max(heading, 0)], func(c Clause) bool { return c.Kind == KindNumeric }) {
		heading = -1
	}
	list, opening := false, -1 // opening: the first sentence after the heading's
	for k := heading + 1; heading >= 0 && k < len(all); k++ {
		if !all[k].ordinal {
			list, opening = all[k].block != all[heading].block, all[k].sentence
			break
		}
	}
	// In running text a sentence after the heading's is read when it states
	// numeric targets and does not speak of targets ("上述目标……",
	// "经济增长预期目标为5%左右，主要考虑是……": explanations); the first
	// that does not ends the targets.
	numeric, veto := map[int]bool{}, map[int]bool{}
	named, why := map[int]bool{}, map[int]bool{} // a sentence names a target's 目标, says why
	for k, p := range all {
		if p.ordinal {
			continue
		}
		text := t.text(p.s)
		why[p.sentence] = why[p.sentence] || containsAny(text, explaining)
		switch {
		case aboutTargets(text) && !namesBeforeNumber(text):
			veto[p.sentence] = true
		case aboutTargets(text):
			named[p.sentence] = true
			fallthrough
		case read[k].Kind == KindNumeric:
			numeric[p.sentence] = true
		}
	}
	// "城镇新增就业目标为1200万人以上" states a target; "经济增长目标确定为
	// 9.5%左右，主要考虑是……" restates one to explain it, as "确定10%的增长
	// 目标，是……" does.
	for sentence := range named {
		veto[sentence] = veto[sentence] || why[sentence]
	}
	states := func(sentence int) bool { return numeric[sentence] && !veto[sentence] }
	// A sentence of words alone is read too when a later sentence of its
	// paragraph states targets and none between speaks of them ("……增长6%左右。
	// 居民收入增长和经济增长同步。城镇新增就业……"); prose after the last
	// targets is not.
	// A sentence of words that begins with who says them ("李强说，中国经济
	// 长期向好的基本面没有改变。") is a quote, not targets.
	spoken := map[int]bool{}
	for k, p := range all {
		if !p.ordinal && (k == 0 || all[k-1].sentence != p.sentence) {
			spoken[p.sentence] = speaker(t.text(p.s))
		}
	}
	among, quote := map[int]bool{}, map[int]bool{}
	ahead := map[int]bool{} // by block: a later sentence states targets
	for k := len(all) - 1; k >= 0; k-- {
		p := all[k]
		switch {
		case p.ordinal:
		case veto[p.sentence]:
			ahead[p.block] = false
		case states(p.sentence):
			among[p.sentence], ahead[p.block] = true, true
		case spoken[p.sentence]:
			quote[p.sentence] = ahead[p.block] // left out, and the targets go on
		default:
			among[p.sentence] = among[p.sentence] || ahead[p.block]
		}
	}
	// With no heading, the targets begin at the first number: words before
	// it in running text tell of the meeting or the report, not targets
	// ("4月11日，市人大会议开幕……。全市地区生产总值增长8%").
	firstNumeric := -1
	for k, p := range all {
		if !p.ordinal && read[k].Kind == KindNumeric {
			firstNumeric = k
			break
		}
	}
	// A sentence right after the targets (the heading's sentence, or a
	// sentence among them) is among them too when each of its clauses is a
	// target in words that states how a thing is to be ("……增长15%以上。
	// 生态环境质量持续改善，完成省下达的节能减排任务。"); prose is not.
	inWordsOnly := map[int]bool{}
	for k, p := range all {
		if p.ordinal {
			continue
		}
		ok := read[k].Kind == KindQualitative && statesInWords(read[k].Targets[0].Indicator)
		if was, seen := inWordsOnly[p.sentence]; seen {
			ok = ok && was
		}
		inWordsOnly[p.sentence] = ok
	}
	start := heading
	if start < 0 {
		start = firstNumeric
	}
	for k := 1; start >= 0 && k < len(all); k++ {
		p, q := all[k], all[k-1]
		if p.sentence != q.sentence && p.block == q.block && (among[q.sentence] || q.sentence == all[start].sentence) && inWordsOnly[p.sentence] && !veto[p.sentence] {
			among[p.sentence] = true
		}
	}
	leftOut := func(p piece, why Reason) Clause {
		return Clause{Quote: t.quote(p.s), Kind: KindLeftOut, Why: why, Others: numbersIn(t.text(p.s), why)}
	}
	var out []Clause
	ended := false
	style := "" // how the first list number after the heading is written
	for k, p := range all {
		switch {
		case p.ordinal:
			// A list number written in other numerals than the targets'
			// ("1." … "二、重点工作") begins the next part of the report.
			if k > heading {
				if st := ordinalStyle(t.text(p.s)); style == "" {
					style = st
				} else if st != style {
					ended = true
				}
			}
			out = append(out, leftOut(p, WhyOrdinal))
		case heading >= 0 && k < heading:
			out = append(out, leftOut(p, WhyBefore))
		case heading < 0 && k < firstNumeric && !p.bullet && read[k].Kind == KindQualitative:
			out = append(out, leftOut(p, WhyBefore))
		case k == heading && !inside:
			out = append(out, leftOut(p, WhyHeading))
		case quote[p.sentence] && !ended && (heading < 0 || p.sentence != all[heading].sentence):
			out = append(out, leftOut(p, WhyQuote))
		case ended || (heading >= 0 && !list && !p.bullet && p.sentence != all[heading].sentence && !among[p.sentence]):
			ended = true
			out = append(out, leftOut(p, WhyAfter))
		case heading < 0 && firstNumeric >= 0 && !p.bullet && p.sentence > all[firstNumeric].sentence && !among[p.sentence]:
			// With no heading, running text after the last sentence of
			// targets is prose too ("“地区生产总值增长5%左右。”对于今年的
			// 工作重点，市长说……").
			out = append(out, leftOut(p, WhyAfter))
		case k == len(all)-1 && read[k].Kind == KindQualitative && t.truncated(p.s):
			out = append(out, leftOut(p, WhyTruncated))
		default:
			c := read[k]
			if heading >= 0 && list && !p.bullet && size[p.block] > 30 && !states(p.sentence) && !among[p.sentence] && p.sentence != opening {
				// Prose after the list: the targets have ended. A paragraph
				// that states targets after a heading on its own is not
				// prose ("主要预期目标\n\n地区生产总值增长6%左右，……"), nor is
				// its first sentence, which goes on from the heading as the
				// heading's own sentence would.
				ended = true
				c = leftOut(p, WhyAfter)
			}
			out = append(out, c)
		}
	}
	// With no heading and no number, words are not targets: the text is
	// something else.
	numbered := false
	for _, c := range out {
		numbered = numbered || c.Kind == KindNumeric
	}
	if heading < 0 && !numbered {
		for i, c := range out {
			if c.Kind == KindQualitative {
				out[i] = Clause{Quote: c.Quote, Kind: KindLeftOut, Why: WhyNoTargets}
			}
		}
	}
	// A text with no Chinese is not a report's targets ("GDP 6%").
	if !slices.ContainsFunc(t.f, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		for i, c := range out {
			if c.Kind != KindLeftOut {
				out[i] = Clause{Quote: c.Quote, Kind: KindLeftOut, Why: WhyNoTargets, Others: numbersIn(t.text(all[i].s), WhyNoTargets)}
			}
		}
	}
	for k, p := range all {
		out[k].Marks = t.marks(p.s, out[k])
	}
	return out
}

// truncated reports whether the text ends inside the clause s: no
// punctuation after it, and it stops on a verb's first character ("……零售
// 总额增", "……能耗降"), not on a verb of one character that ends a phrase
// ("稳中有增", "稳中有降", "只增不减").
func (t *reader) truncated(s span) bool {
	last := s[len(s)-1]
	for i := last + 1; i < len(t.f); i++ {
		if !isSpace(t.f[i]) && t.f[i] != '\n' {
			return false
		}
	}
	if !strings.ContainsRune("增控达完提保稳实降突超", t.f[last]) || len(s) > 1 && strings.ContainsRune("有不无反只", t.f[s[len(s)-2]]) {
		return false
	}
	text := t.text(s)
	for _, v := range verbs {
		if strings.HasSuffix(text, v) {
			return false
		}
	}
	return true
}

// isHeading reports whether a clause introduces the targets, not one that
// speaks of them after ("提出上述预期目标").
func isHeading(s string) bool {
	if !strings.Contains(s, "目标") && !strings.Contains(s, "指标") || containsAny(s, []string{"上述", "这些"}) {
		return false
	}
	for _, w := range []string{"预期目标", "主要目标", "经济目标", "发展目标", "施政目标", "目标包括", "目标是", "目标为", "目标如下", "预期指标", "主要指标", "年目标"} {
		if strings.Contains(s, w) && !hasTargetNumber(s) {
			return true
		}
	}
	return false
}

// explaining are words of a sentence that explains the targets ("上述目标
// ……", "主要考虑是").
var explaining = []string{"上述", "这些", "这一", "考虑"}

// aboutTargets reports whether a clause names 目标 ("上述目标", "经济增长
// 预期目标为5%左右"), not as a target met ("完成市定目标任务",
// "控制在国家下达目标之内", "完成国家考核目标": a target in words).
func aboutTargets(s string) bool {
	return strings.Contains(s, "目标") && !containsAny(s, []string{"完成", "下达", "考核"})
}

// namesBeforeNumber reports whether s names 目标 before a number of a
// target, as a target stated "城镇新增就业目标为1200万人" does; not after it
// ("确定10%的增长目标"), nor with no number ("上述目标").
func namesBeforeNumber(s string) bool {
	at := strings.Index(s, "目标")
	for _, n := range scanNumbers(s) {
		if !n.year && !n.date {
			return at < n.start
		}
	}
	return false
}

// headsTargets reports whether a clause with targets begins with a heading
// ("……主要预期目标是地区生产总值增长7.5%").
func headsTargets(s string) bool {
	for _, h := range headingEnds {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// hasTargetNumber reports whether s has a number other than a year, a
// date ("3月5日……主要预期目标是") or a count of the targets ("明确了10个主要
// 预期目标", "6项指标").
func hasTargetNumber(s string) bool {
	for _, n := range scanNumbers(s) {
		after := s[n.end:]
		// What the count counts follows it closely: "个主要预期目标", not
		// a 目标 further on ("新建5G基站500个以上确保完成省定目标").
		near := string([]rune(after)[:min(len([]rune(after)), 8)])
		count := (strings.HasPrefix(after, "个") || strings.HasPrefix(after, "项")) && (strings.Contains(near, "目标") || strings.Contains(near, "指标"))
		if !n.year && !n.date && !count {
			return true
		}
	}
	return false
}

// numbersIn lists the numbers of s, none a target, for why.
func numbersIn(s string, why Reason) []Number {
	var out []Number
	for _, n := range scanNumbers(s) {
		w := why
		switch {
		case n.year:
			w = WhyYear
		case n.date:
			w = WhyDate
		case strings.HasSuffix(s[:n.start], "第"):
			w = WhyOrdinal
		}
		out = append(out, Number{Text: n.text, Why: w})
	}
	return out
}
