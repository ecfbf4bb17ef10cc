package data

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"unicode/utf8"

	"xigong/internal/minijson"
)

// parseJSON reads a file of at most MaxSize bytes and MaxDepth levels into
// the generic JSON values package minijson makes.
func parseJSON(b []byte) (any, error) {
	if len(b) > MaxSize {
		return nil, Errors{{Rule: rule("tooLarge", itoa(len(b)), itoa(MaxSize))}}
	}
	if d := depth(b); d > MaxDepth {
		return nil, Errors{{Rule: rule("tooDeep", itoa(d), itoa(MaxDepth))}}
	}
	v, err := minijson.Parse(b, MaxDepth)
	var syntax *minijson.SyntaxError
	if errors.As(err, &syntax) {
		return nil, Errors{{Rule: syntaxRule(b, syntax)}}
	}
	if err != nil {
		return nil, Errors{{Rule: rule("notJSON")}}
	}
	return v, nil
}

// depth returns the deepest nesting of brackets and braces outside strings.
func depth(b []byte) int {
	var d, max int
	inString, escaped := false, false
	for _, c := range b {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '[' || c == '{':
			d++
			if d > max {
				max = d
			}
		case c == ']' || c == '}':
			d--
		}
	}
	return max
}

// syntaxRule says where b stops being JSON: the byte, line and column (in
// characters, from 1) of the character found there, or of the last one
// when the file ends too soon.
func syntaxRule(b []byte, e *minijson.SyntaxError) Text {
	end := e.Error() == "unexpected end of JSON input" || e.Offset > int64(len(b))
	pos := len(b) // the end: the line and column of the last character
	if !end {
		pos = int(max(e.Offset-1, 0))
	}
	before := b[:pos]
	start := bytes.LastIndexByte(before, '\n') + 1
	line, col := itoa(bytes.Count(before, []byte{'\n'})+1), utf8.RuneCount(before[start:])
	if end {
		return rule("syntaxEnd", itoa(len(b)), line, itoa(col))
	}
	c, _ := utf8.DecodeRune(b[pos:])
	return rule("syntax", itoa(pos+1), line, itoa(col+1), quoted(string(c)))
}

// reader takes the fields of generic JSON values into Go values and lists
// every value of the wrong type, by path, and every required number that is
// missing. Its decodeT methods, one a type, are generated from the struct
// tags (json_gen.go, by package jsongen), which also say which numbers are
// required (those without omitempty). As with encoding/json, unknown
// members are ignored; unlike it, keys match exactly, case included.
type reader struct{ errs Errors }

func (r *reader) add(path string, rule Text) {
	if path == "" {
		path = topLevel
	}
	r.errs = append(r.errs, &FieldError{Field: path, Rule: rule})
}

// wrong reports v at path, which should be of kind want.
func (r *reader) wrong(path string, want kind, v any) {
	r.add(path, rule("type", kinds[want].want, kinds[kindOf(v)].got))
}

func kindOf(v any) kind {
	switch v.(type) {
	case bool:
		return kindBool
	case float64:
		return kindNumber
	case string:
		return kindString
	case []any:
		return kindArray
	case map[string]any:
		return kindObject
	}
	return kindNull
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// object returns v as an object: an empty one when it is missing or null
// (so that its required members are reported missing), nil when it is of
// another kind (reported here, once: its members are not).
func (r *reader) object(path string, v any) map[string]any {
	switch m := v.(type) {
	case map[string]any:
		return m
	case nil:
		return map[string]any{}
	}
	r.wrong(path, kindObject, v)
	return nil
}

func (r *reader) str(path string, m map[string]any, key string) string {
	v := m[key]
	s, ok := v.(string)
	if !ok && v != nil {
		r.wrong(join(path, key), kindString, v)
	}
	return s
}

// num reads a required number: missing or null is an error, unless the
// object m itself was of the wrong kind.
func (r *reader) num(path string, m map[string]any, key string) float64 {
	if m != nil && m[key] == nil {
		r.add(join(path, key), rule("missing", kinds[kindNumber].want))
		return 0
	}
	return r.optNum(path, m, key)
}

// optNum reads an optional number: 0 when it is missing or null.
func (r *reader) optNum(path string, m map[string]any, key string) float64 {
	v := m[key]
	f, ok := v.(float64)
	if !ok && v != nil {
		r.wrong(join(path, key), kindNumber, v)
	}
	return f
}

// whole reads a required whole number, such as a year.
func (r *reader) whole(path string, m map[string]any, key string) int {
	n := len(r.errs)
	f := r.num(path, m, key)
	if len(r.errs) == n && (f != math.Trunc(f) || math.Abs(f) > 1<<31) {
		r.add(join(path, key), rule("whole", num(f)))
		return 0
	}
	return int(f)
}

// flag reads an optional boolean: false when it is missing or null.
func (r *reader) flag(path string, m map[string]any, key string) bool {
	v := m[key]
	b, ok := v.(bool)
	if !ok && v != nil {
		r.wrong(join(path, key), kindBool, v)
	}
	return b
}

// array returns the member key as an array, nil when it is missing or null.
func (r *reader) array(path string, m map[string]any, key string) []any {
	v := m[key]
	a, ok := v.([]any)
	if !ok && v != nil {
		r.wrong(join(path, key), kindArray, v)
	}
	return a
}

func at(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
