package data

import "strings"

// FieldError is a problem with one field of a targets file.
type FieldError struct {
	// Field is the path of the field at fault, e.g. "indicators[3].unit";
	// empty for the file as a whole.
	Field string
	// Rule says what the field must be, and what it was.
	Rule string
}

func (e *FieldError) Error() string {
	if e.Field == "" {
		return "data: " + e.Rule
	}
	return "data: " + e.Field + ": " + e.Rule
}

// Errors is every problem found in one targets file, in file order.
type Errors []*FieldError

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
