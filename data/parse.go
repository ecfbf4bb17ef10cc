package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// MaxSize is the largest targets file Parse reads, in bytes.
const MaxSize = 1 << 20

// MaxDepth is the deepest nesting of arrays and objects Parse accepts.
const MaxDepth = 16

// Parse decodes and validates a targets file. The error, if any, is an
// Errors value listing every field at fault. Unknown fields are ignored.
func Parse(b []byte) (*Targets, error) {
	if len(b) > MaxSize {
		return nil, Errors{{Rule: "file is " + strconv.Itoa(len(b)) + " bytes; want at most " + strconv.Itoa(MaxSize)}}
	}
	if d := depth(b); d > MaxDepth {
		return nil, Errors{{Rule: "nesting is " + strconv.Itoa(d) + " deep; want at most " + strconv.Itoa(MaxDepth)}}
	}
	// The indicators are decoded one by one so that a type error can name
	// the index of the indicator at fault.
	var file struct {
		Targets
		Indicators []json.RawMessage `json:"indicators"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&file); err != nil {
		return nil, Errors{decodeError("", err)}
	}
	if _, err := dec.Token(); err == nil {
		return nil, Errors{{Rule: "unexpected data after the top-level object"}}
	}
	t := file.Targets
	var errs Errors
	for i, raw := range file.Indicators {
		var in Indicator
		if err := json.Unmarshal(raw, &in); err != nil {
			errs = append(errs, decodeError("indicators["+strconv.Itoa(i)+"]", err))
		}
		t.Indicators = append(t.Indicators, in)
	}
	if errs != nil {
		return nil, errs
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return &t, nil
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

// decodeError turns an encoding/json error into a FieldError; prefix is the
// path of the value that was decoded.
func decodeError(prefix string, err error) *FieldError {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		// Fields of the embedded Targets carry its type name.
		field := jsonPath(strings.TrimPrefix(typeErr.Field, "Targets."))
		switch {
		case prefix != "" && field != "":
			field = prefix + "." + field
		case prefix != "":
			field = prefix
		case field == "":
			field = "(top level)"
		}
		return &FieldError{Field: field, Rule: "want " + typeName(typeErr.Type.Kind().String()) + ", got " + typeErr.Value}
	}
	var syntaxErr *json.SyntaxError
	if errors.As(err, &syntaxErr) && prefix == "" {
		return &FieldError{Rule: "not valid JSON at byte " + strconv.FormatInt(syntaxErr.Offset, 10) + ": " + strings.TrimPrefix(syntaxErr.Error(), "json: ")}
	}
	return &FieldError{Rule: "not valid JSON: " + strings.TrimPrefix(err.Error(), "json: ")}
}

// jsonPath turns encoding/json's "indicators.3.unit" into "indicators[3].unit".
func jsonPath(field string) string {
	parts := strings.Split(field, ".")
	var sb strings.Builder
	for i, p := range parts {
		if _, err := strconv.Atoi(p); err == nil && i > 0 {
			sb.WriteString("[" + p + "]")
			continue
		}
		if i > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString(p)
	}
	return sb.String()
}

func typeName(kind string) string {
	switch kind {
	case "float64", "int":
		return "a number"
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return kind
}
