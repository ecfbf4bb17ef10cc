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
// every value of the wrong type, by path. As with encoding/json, unknown
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

func (r *reader) text(path string, m map[string]any, key string) Text {
	o := r.object(join(path, key), m[key])
	return Text{ZH: r.str(join(path, key), o, "zh"), EN: r.str(join(path, key), o, "en")}
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

func (r *reader) targets(v any) Targets {
	m := r.object("", v)
	src := r.object("source", m["source"])
	proj := r.object("projection", m["projection"])
	t := Targets{
		Schema:   r.str("", m, "schema"),
		Year:     r.whole("", m, "year"),
		BaseYear: r.whole("", m, "baseYear"),
		Title:    r.text("", m, "title"),
		Region:   r.text("", m, "region"),
		Source: Source{
			Text:   Text{ZH: r.str("source", src, "zh"), EN: r.str("source", src, "en")},
			Credit: r.str("source", src, "credit"),
		},
		Projection: Projection{GDP: r.str("projection", proj, "gdp"), EnergyIntensity: r.str("projection", proj, "energyIntensity")},
	}
	for i, x := range r.array("", m, "indicators") {
		p := at("indicators", i)
		in := r.object(p, x)
		sc := r.object(p+".scenario", in["scenario"])
		t.Indicators = append(t.Indicators, Indicator{
			ID:        r.str(p, in, "id"),
			Name:      r.text(p, in, "name"),
			Quote:     r.str(p, in, "quote"),
			Bound:     Bound(r.str(p, in, "bound")),
			Value:     r.num(p, in, "value"),
			Tolerance: r.num(p, in, "tolerance"),
			Unit:      r.str(p, in, "unit"),
			Scenario:  Range{Min: r.num(p+".scenario", sc, "min"), Max: r.num(p+".scenario", sc, "max"), Step: r.num(p+".scenario", sc, "step")},
		})
	}
	return t
}

func (r *reader) plan(v any) Plan {
	m := r.object("", v)
	return Plan{Schema: r.str("", m, "schema"), Root: r.planNode("root", m["root"])}
}

func (r *reader) planNode(path string, v any) PlanNode {
	m := r.object(path, v)
	n := PlanNode{
		ID:    r.str(path, m, "id"),
		Name:  r.text(path, m, "name"),
		Quote: r.text(path, m, "quote"),
	}
	if m["note"] != nil {
		note := r.text(path, m, "note")
		n.Note = &note
	}
	for i, x := range r.array(path, m, "targets") {
		p := at(path+".targets", i)
		l := r.object(p, x)
		n.Targets = append(n.Targets, PlanLink{ID: r.str(p, l, "id"), Phrase: r.text(p, l, "phrase")})
	}
	for i, x := range r.array(path, m, "children") {
		n.Children = append(n.Children, r.planNode(at(path+".children", i), x))
	}
	return n
}
