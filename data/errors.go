package data

import "strings"

// FieldError is a problem with one field of a targets file, stated in both
// languages.
type FieldError struct {
	// Field is the path of the field at fault, e.g. "indicators[3].unit";
	// empty for the file as a whole.
	Field string
	// Rule says what the field must be, and what it was.
	Rule Text
	// ID is the id of the indicator the field belongs to, when the file
	// gives it one: "indicators[3] (unemployment).unit".
	ID string
}

// Error states the problem in English, prefixed by the package.
func (e *FieldError) Error() string {
	if e.Field == "" {
		return "data: " + e.Rule.EN
	}
	return "data: " + e.field("en") + ": " + e.Rule.EN
}

// In states the problem for a reader in lang ("en", or Chinese): the field
// and the rule.
func (e *FieldError) In(lang string) string {
	if e.Field == "" {
		return e.Rule.In(lang)
	}
	sep := "："
	if lang == "en" {
		sep = ": "
	}
	return e.field(lang) + sep + e.Rule.In(lang)
}

// field names the field in lang: in English its path, with the indicator's
// id after its index; in Chinese see fieldIn.
func (e *FieldError) field(lang string) string {
	if lang != "en" {
		return fieldIn(e.Field, e.ID)
	}
	if i := strings.IndexByte(e.Field, ']'); e.ID != "" && i > 0 {
		return e.Field[:i+1] + " (" + e.ID + ")" + e.Field[i+1:]
	}
	return e.Field
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

// In states every problem for a reader in lang, one a line.
func (es Errors) In(lang string) []string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.In(lang)
	}
	return lines
}

// inside reports whether field is f or lies inside it.
func inside(field, f string) bool {
	return field == f || strings.HasPrefix(field, f+".") || strings.HasPrefix(field, f+"[")
}
