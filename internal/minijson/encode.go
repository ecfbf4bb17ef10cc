package minijson

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Marshaler is a value that writes itself with an Encoder.
type Marshaler interface {
	EncodeJSON(e *Encoder)
}

// Encoder writes JSON into a buffer it keeps. Commas are its business:
// write keys and values in order and it puts them where they belong. The
// first error (a value it cannot write) is kept, and Bytes returns it.
type Encoder struct {
	b   []byte
	err error
}

// Marshal returns the JSON of v.
func Marshal(v any) ([]byte, error) {
	var e Encoder
	e.Value(v)
	return e.Bytes()
}

// Bytes returns what was written, or the first error.
func (e *Encoder) Bytes() ([]byte, error) {
	if e.err != nil {
		return nil, e.err
	}
	return e.b, nil
}

// Reset empties the buffer, keeping its memory, and forgets the error.
func (e *Encoder) Reset() { e.b, e.err = e.b[:0], nil }

// sep writes the comma that goes before a value, if one does.
func (e *Encoder) sep() {
	if n := len(e.b); n > 0 {
		if c := e.b[n-1]; c != '[' && c != ':' {
			e.b = append(e.b, ',')
		}
	}
}

// BeginObject starts an object; EndObject ends it.
func (e *Encoder) BeginObject() { e.sep(); e.b = append(e.b, '{') }

// EndObject ends the object begun last.
func (e *Encoder) EndObject() { e.b = append(e.b, '}') }

// BeginArray starts an array; EndArray ends it.
func (e *Encoder) BeginArray() { e.sep(); e.b = append(e.b, '[') }

// EndArray ends the array begun last.
func (e *Encoder) EndArray() { e.b = append(e.b, ']') }

// Key writes the key of the next member of an object.
func (e *Encoder) Key(k string) {
	if n := len(e.b); n > 0 && e.b[n-1] != '{' {
		e.b = append(e.b, ',')
	}
	e.b = appendString(e.b, k)
	e.b = append(e.b, ':')
}

// String writes a string.
func (e *Encoder) String(s string) { e.sep(); e.b = appendString(e.b, s) }

// Bool writes true or false.
func (e *Encoder) Bool(v bool) { e.sep(); e.b = strconv.AppendBool(e.b, v) }

// Int writes an integer.
func (e *Encoder) Int(n int) { e.sep(); e.b = strconv.AppendInt(e.b, int64(n), 10) }

// Float writes a number as json.Marshal does; NaN and infinities are errors.
func (e *Encoder) Float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		e.fail(errors.New("minijson: unsupported value: " + strconv.FormatFloat(f, 'g', -1, 64)))
		f = 0
	}
	e.sep()
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as json.Marshal writes it.
		if n := len(e.b); n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
			e.b[n-2] = e.b[n-1]
			e.b = e.b[:n-1]
		}
	}
}

// Floats writes an array of numbers; a nil slice is null.
func (e *Encoder) Floats(fs []float64) { array(e, fs, e.Float) }

// Strings writes an array of strings; a nil slice is null.
func (e *Encoder) Strings(ss []string) { array(e, ss, e.String) }

// List writes a slice of Marshaler values as an array; a nil slice is null.
func List[T Marshaler](e *Encoder, s []T) { array(e, s, func(v T) { v.EncodeJSON(e) }) }

// array writes xs as an array, each element with write; a nil slice is null.
func array[T any](e *Encoder, xs []T, write func(T)) {
	if xs == nil {
		e.Value(nil)
		return
	}
	e.BeginArray()
	for _, x := range xs {
		write(x)
	}
	e.EndArray()
}

func (e *Encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// Value writes v: nil, bool, string, float64, int, []any, map[string]any
// (keys sorted), []string, []float64, []map[string]any or a Marshaler.
func (e *Encoder) Value(v any) {
	switch v := v.(type) {
	case nil:
		e.sep()
		e.b = append(e.b, "null"...)
	case bool:
		e.Bool(v)
	case string:
		e.String(v)
	case float64:
		e.Float(v)
	case int:
		e.Int(v)
	case Marshaler:
		v.EncodeJSON(e)
	case []any:
		array(e, v, e.Value)
	case map[string]any:
		if v == nil {
			e.Value(nil)
			return
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		e.BeginObject()
		for _, k := range keys {
			e.Key(k)
			e.Value(v[k])
		}
		e.EndObject()
	case []map[string]any:
		array(e, v, func(m map[string]any) { e.Value(m) })
	case []string:
		e.Strings(v)
	case []float64:
		e.Floats(v)
	default:
		e.fail(errors.New("minijson: cannot write a value of this type"))
		e.Value(nil)
	}
}

// htmlSafe are the ASCII bytes written as they are: json.Marshal escapes
// the others, including <, > and &.
var htmlSafe = func() (safe [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		safe[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return safe
}()

const hexDigits = "0123456789abcdef"

func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if htmlSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Three-byte sequences (CJK text, full-width punctuation, ✓ and ✗)
		// are checked here without decoding: valid, they are copied, but for
		// U+2028 and U+2029 (E2 80 A8 and E2 80 A9), which are escaped.
		if i+2 < len(s) && c >= 0xE1 && c != 0xED && continuation(s[i+1]) && continuation(s[i+2]) && c <= 0xEF {
			if c != 0xE2 || s[i+1] != 0x80 || s[i+2]&^1 != 0xA8 {
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// continuation reports whether c is a UTF-8 continuation byte.
func continuation(c byte) bool { return c&0xC0 == 0x80 }

// Clone returns a deep copy of a value Parse returns: its maps and slices
// are new; other values are shared.
func Clone(v any) any {
	switch v := v.(type) {
	case map[string]any:
		c := make(map[string]any, len(v))
		for k, x := range v {
			c[k] = Clone(x)
		}
		return c
	case []any:
		c := make([]any, len(v))
		for i, x := range v {
			c[i] = Clone(x)
		}
		return c
	}
	return v
}
