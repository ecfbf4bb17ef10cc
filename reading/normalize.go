package reading

import "sync"

// Fold maps one rune of a report to the form the reader parses: full-width
// ASCII to ASCII (digits, letters, ％, punctuation), the small forms of
// punctuation some big5 pages print ("﹔") to the usual, traditional characters
// of target paragraphs to simplified ones, the dashes and tildes of ranges
// to '-'. It is rune for rune, so that a span of the folded text is the
// same span of the text as printed.
func Fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	}
	switch r {
	case '﹪':
		return '%'
	case '—', '–', '－', '~', '～', '〜', '‒', '―':
		return '-'
	case '，', '﹐':
		return ','
	case '；', '﹔':
		return ';'
	case '：', '﹕':
		return ':'
	case '．', '﹒':
		return '.'
	case '﹑':
		return '、'
	case '﹖':
		return '?'
	case '﹗':
		return '!'
	case '（':
		return '('
	case '）':
		return ')'
	}
	if s, ok := simplified()[r]; ok {
		return s
	}
	return r
}

// simplified maps traditional characters to their simplified forms: OpenCC's
// table (fold_gen.go, made by cmd/foldgen), and 値, the Japanese form of 值
// that some big5 pages print.
//
// The map is made on first use, not when the program starts: the page's
// start and its sliders never read a report.
var simplified = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{'値': '值'}
	rs := []rune(traditional)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
})
