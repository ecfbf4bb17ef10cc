package minijson

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// SyntaxError is a place where the input is not JSON. Offset is the number
// of bytes read before the error, as in encoding/json.
type SyntaxError struct {
	Offset int64
	msg    string
}

func (e *SyntaxError) Error() string { return e.msg }

// Parse reads one JSON value that is the whole of b (but spaces), nested at
// most maxDepth arrays and objects deep. A number too large for a float64
// reads as ±Inf.
func Parse(b []byte, maxDepth int) (any, error) {
	p := parser{b: b, max: maxDepth}
	p.space()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(p.b) {
		return nil, p.fail("after top-level value")
	}
	return v, nil
}

type parser struct {
	b   []byte
	i   int
	max int
}

func (p *parser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// inToken reports the byte at p.i as unexpected inside a literal or a
// number, where encoding/json reads the end of the input as a space.
func (p *parser) inToken(where string) error {
	if p.i >= len(p.b) {
		return &SyntaxError{int64(len(p.b)), "invalid character ' ' " + where}
	}
	return p.fail(where)
}

// fail reports the byte at p.i as unexpected where it is, or the end of the
// input.
func (p *parser) fail(where string) error {
	if p.i >= len(p.b) {
		return &SyntaxError{int64(len(p.b)), "unexpected end of JSON input"}
	}
	return &SyntaxError{int64(p.i + 1), "invalid character " + quoteChar(p.b[p.i]) + " " + where}
}

func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c))) // a byte ≥ 0x80 reads as Latin-1, as in encoding/json
	return "'" + q[1:len(q)-1] + "'"
}

func (p *parser) value(depth int) (any, error) {
	if p.i >= len(p.b) {
		return nil, p.fail("")
	}
	switch c := p.b[p.i]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		return p.string()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	}
	return nil, p.fail("looking for beginning of value")
}

func (p *parser) literal(word string) error {
	for k := 0; k < len(word); k++ {
		if p.i >= len(p.b) || p.b[p.i] != word[k] {
			if k == 0 {
				return p.fail("looking for beginning of value")
			}
			return p.inToken("in literal " + word + " (expecting " + quoteChar(word[k]) + ")")
		}
		p.i++
	}
	return nil
}

func (p *parser) deep(depth int) error {
	if depth > p.max {
		return &SyntaxError{int64(p.i + 1), "exceeded max depth of " + strconv.Itoa(p.max)}
	}
	return nil
}

func (p *parser) object(depth int) (any, error) {
	if err := p.deep(depth); err != nil {
		return nil, err
	}
	p.i++ // {
	m := map[string]any{}
	p.space()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return m, nil
	}
	for {
		if p.i >= len(p.b) || p.b[p.i] != '"' {
			return nil, p.fail("looking for beginning of object key string")
		}
		k, err := p.string()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.i >= len(p.b) || p.b[p.i] != ':' {
			return nil, p.fail("after object key")
		}
		p.i++
		p.space()
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		m[k] = v
		end, err := p.next('}', "after object key:value pair")
		if err != nil {
			return nil, err
		}
		if end {
			return m, nil
		}
	}
}

// next reads what follows a member or an element: a comma (false) or end
// (true); what names the place in the error for anything else.
func (p *parser) next(end byte, what string) (bool, error) {
	p.space()
	if p.i >= len(p.b) {
		return false, p.fail("")
	}
	switch p.b[p.i] {
	case ',':
		p.i++
		p.space()
		return false, nil
	case end:
		p.i++
		return true, nil
	}
	return false, p.fail(what)
}

func (p *parser) array(depth int) (any, error) {
	if err := p.deep(depth); err != nil {
		return nil, err
	}
	p.i++ // [
	a := []any{}
	p.space()
	if p.i < len(p.b) && p.b[p.i] == ']' {
		p.i++
		return a, nil
	}
	for {
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		a = append(a, v)
		end, err := p.next(']', "after array element")
		if err != nil {
			return nil, err
		}
		if end {
			return a, nil
		}
	}
}

func (p *parser) number() (any, error) {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.b[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.b) && p.b[p.i] == '0':
		p.i++
	case digits() == 0:
		return nil, p.inToken("in numeric literal")
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, p.inToken("after decimal point in numeric literal")
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, p.inToken("in exponent of numeric literal")
		}
	}
	// A number beyond float64 reads as ±Inf (where encoding/json refuses
	// it), for the caller to refuse with the path of the field.
	f, _ := strconv.ParseFloat(string(p.b[start:p.i]), 64)
	return f, nil
}

// string reads a string literal; invalid UTF-8 becomes U+FFFD, as in
// encoding/json.
func (p *parser) string() (string, error) {
	p.i++ // "
	start := p.i
	// The common case: no escapes, valid UTF-8.
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			s := string(p.b[start:p.i])
			p.i++
			return s, nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		p.i++
	}
	out := append([]byte(nil), p.b[start:p.i]...)
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return string(out), nil
		case c < 0x20:
			return "", p.fail("in string literal")
		case c == '\\':
			p.i++
			if p.i >= len(p.b) {
				return "", p.fail("")
			}
			switch e := p.b[p.i]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, err := p.hex4()
				if err != nil {
					return "", err
				}
				if utf16.IsSurrogate(r) {
					r2 := utf8.RuneError
					if p.i+2 < len(p.b) && p.b[p.i+1] == '\\' && p.b[p.i+2] == 'u' {
						save := p.i
						p.i += 2
						var err error
						if r2, err = p.hex4(); err != nil {
							return "", err
						}
						if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
							out = utf8.AppendRune(out, d)
							break
						}
						p.i = save
					}
					out = utf8.AppendRune(out, utf8.RuneError)
					break
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", p.fail("in string escape code")
			}
			p.i++
		case c < utf8.RuneSelf:
			out = append(out, c)
			p.i++
		default:
			r, size := utf8.DecodeRune(p.b[p.i:])
			out = utf8.AppendRune(out, r) // RuneError for invalid bytes
			p.i += size
		}
	}
	return "", p.fail("")
}

// hex4 reads the four hex digits after \u, leaving p.i on the last.
func (p *parser) hex4() (rune, error) {
	var r rune
	for k := 0; k < 4; k++ {
		p.i++
		if p.i >= len(p.b) {
			return 0, p.fail("")
		}
		c := p.b[p.i]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, p.fail("in \\u hexadecimal character escape")
		}
		r = r<<4 | rune(c)
	}
	return r, nil
}
