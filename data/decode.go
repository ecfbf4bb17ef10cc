package data

import (
	"errors"
	"math"
	"strconv"

	"xigong/internal/minijson"
)

// parseJSON reads a file of at most MaxSize bytes and MaxDepth levels into
// the generic JSON values package minijson makes.
func parseJSON(b []byte) (any, error) {
	if len(b) > MaxSize {
		return nil, Errors{{Rule: "file is " + strconv.Itoa(len(b)) + " bytes; want at most " + strconv.Itoa(MaxSize)}}
	}
	if d := depth(b); d > MaxDepth {
		return nil, Errors{{Rule: "nesting is " + strconv.Itoa(d) + " deep; want at most " + strconv.Itoa(MaxDepth)}}
	}
	v, err := minijson.Parse(b, MaxDepth)
	var syntax *minijson.SyntaxError
	if errors.As(err, &syntax) {
		return nil, Errors{{Rule: "not valid JSON at byte " + strconv.FormatInt(syntax.Offset, 10) + ": " + syntax.Error()}}
	}
	if err != nil {
		return nil, Errors{{Rule: "not valid JSON: " + err.Error()}}
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

// reader takes the fields of generic JSON values into Go values and lists
// every value of the wrong type, by path. Its decodeT methods, one a type,
// are generated from the struct tags (json_gen.go, by package jsongen). As with encoding/json, unknown
// members are ignored and a missing member or a null leaves the zero value;
// unlike it, keys match exactly, case included.
type reader struct{ errs Errors }

func (r *reader) wrong(path, want string, v any) {
	if path == "" {
		path = "(top level)"
	}
	r.errs = append(r.errs, &FieldError{Field: path, Rule: "want " + want + ", got " + kindOf(v)})
}

func kindOf(v any) string {
	switch v.(type) {
	case bool:
		return "bool"
	case float64:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "null"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// object returns v as an object, or nil when it is null or not an object
// (which is an error).
func (r *reader) object(path string, v any) map[string]any {
	m, ok := v.(map[string]any)
	if !ok && v != nil {
		r.wrong(path, "an object", v)
	}
	return m
}

func (r *reader) str(path string, m map[string]any, key string) string {
	v := m[key]
	s, ok := v.(string)
	if !ok && v != nil {
		r.wrong(join(path, key), "a string", v)
	}
	return s
}

func (r *reader) num(path string, m map[string]any, key string) float64 {
	v := m[key]
	f, ok := v.(float64)
	if !ok && v != nil {
		r.wrong(join(path, key), "a number", v)
	}
	return f
}

// whole reads a whole number, such as a year.
func (r *reader) whole(path string, m map[string]any, key string) int {
	f := r.num(path, m, key)
	if f != math.Trunc(f) || math.Abs(f) > 1<<31 {
		r.errs = append(r.errs, &FieldError{Field: join(path, key), Rule: "want a whole number, got " + formatFloat(f)})
		return 0
	}
	return int(f)
}

// array returns the member key as an array, nil when it is missing or null.
func (r *reader) array(path string, m map[string]any, key string) []any {
	v := m[key]
	a, ok := v.([]any)
	if !ok && v != nil {
		r.wrong(join(path, key), "an array", v)
	}
	return a
}

func at(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
