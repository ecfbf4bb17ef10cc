package data

import (
	"strconv"
	"strings"
)

// MaxSize is the largest targets file Parse reads, in bytes.
const MaxSize = 1 << 20

// MaxDepth is the deepest nesting of arrays and objects Parse accepts.
const MaxDepth = 16

// Parse decodes and validates a targets file. The error, if any, is an
// Errors value listing every field at fault, in the order of the schema:
// those of the wrong kind or missing, and those that break a rule of the
// schema (a field whose value could not be read is not checked again).
// Unknown fields are ignored.
func Parse(b []byte) (*Targets, error) {
	v, err := parseJSON(b)
	if err != nil {
		return nil, err
	}
	var r reader
	t := r.decodeTargets("", v)
	if err := r.also(t.Validate()); err != nil {
		for _, e := range err.(Errors) {
			if n, ok := indicatorIndex(e.Field); ok && n < len(t.Indicators) {
				e.ID = t.Indicators[n].ID
			}
		}
		return nil, err
	}
	return &t, nil
}

// indicatorIndex returns N of a field "indicators[N]…".
func indicatorIndex(field string) (int, bool) {
	rest, ok := strings.CutPrefix(field, "indicators[")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(rest[:max(strings.IndexByte(rest, ']'), 0)])
	return n, err == nil
}

// also returns the errors of the reader and those of a validation of what
// it read (err, an Errors value or nil) that are not about a field already
// at fault, in the order of the schema's fields, or nil when there are none.
func (r *reader) also(err error) error {
	es, _ := err.(Errors)
	all := r.errs
	for _, e := range es {
		known := false
		for _, re := range r.errs {
			if re.Field == topLevel || inside(e.Field, re.Field) {
				known = true
				break
			}
		}
		if !known {
			all = append(all, e)
		}
	}
	if len(all) == 0 {
		return nil
	}
	for i := 1; i < len(all); i++ { // a stable insertion sort: the lists are short
		for j := i; j > 0 && before(all[j].Field, all[j-1].Field); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	return all
}
