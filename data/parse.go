package data

import (
	"strconv"
	"strings"
)

// MaxSize is the largest targets file Parse reads, in bytes; the page refuses
// a larger file before reading it (MAX_SIZE in web/constants.js).
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
	var t Targets
	var ids []string // the id of each indicator of the file, by its index
	verr := error(nil)
	if m, ok := v.(map[string]any); ok && m["schema"] == SchemaV2 {
		f := r.decodeFileV2("", v)
		var orig []int
		t, orig = r.fromV2(f)
		verr = inFile(t.Validate(), t, orig)
		for _, in := range f.Indicators {
			ids = append(ids, in.ID)
		}
	} else {
		t = r.decodeTargets("", v)
		verr = t.Validate()
		for _, in := range t.Indicators {
			ids = append(ids, in.ID)
		}
	}
	if err := r.also(verr); err != nil {
		for _, e := range err.(Errors) {
			if n, ok := indicatorIndex(e.Field); ok && n < len(ids) {
				e.ID = ids[n]
			}
		}
		return nil, err
	}
	return &t, nil
}

// inFile names the fields of the errors err (an Errors value or nil) of
// Targets taken from a v2 file as the file has them: indicator n is the
// file's orig[n], a range's lower end its min.
func inFile(err error, t Targets, orig []int) error {
	es, _ := err.(Errors)
	for _, e := range es {
		n, ok := indicatorIndex(e.Field)
		if !ok || n >= len(orig) {
			continue
		}
		rest := e.Field[strings.IndexByte(e.Field, ']')+1:]
		if t.Indicators[n].Bound == Range && rest == ".value" {
			rest = ".min"
		}
		e.Field = at("indicators", orig[n]) + rest
	}
	return err
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
