package view

import "xigong/internal/minijson"

// The EncodeJSON methods write the page's types as encoding/json does from
// their struct tags (json_test.go checks it), for the WebAssembly module,
// which writes JSON with package minijson.

// EncodeJSON writes r.
func (r Row) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("id")
	e.String(r.ID)
	e.Key("value")
	e.String(r.Value)
	e.Key("met")
	e.Bool(r.Met)
	e.Key("verdict")
	e.String(r.Verdict)
	e.Key("margin")
	e.String(r.Margin)
	e.EndObject()
}

// EncodeJSON writes p.
func (p Projected) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("key")
	e.String(p.Key)
	e.Key("value")
	e.String(p.Value)
	e.EndObject()
}

// EncodeJSON writes l.
func (l Live) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("values")
	e.Floats(l.Values)
	for _, f := range []struct{ key, value string }{
		{"fragment", l.Fragment}, {"notice", l.Notice}, {"summary", l.Summary}, {"missed", l.Missed}, {"follows", l.Follows},
	} {
		e.Key(f.key)
		e.String(f.value)
	}
	e.Key("rows")
	minijson.List(e, l.Rows)
	e.Key("projected")
	minijson.List(e, l.Projected)
	e.Key("charts")
	minijson.List(e, l.Charts)
	e.EndObject()
}

// EncodeJSON writes s.
func (s Static) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	for _, f := range []struct{ key, value string }{
		{"lang", s.Lang}, {"htmlLang", s.HTMLLang}, {"title", s.Title}, {"intro", s.Intro}, {"body", s.Body},
	} {
		e.Key(f.key)
		e.String(f.value)
	}
	e.EndObject()
}

// EncodeJSON writes l.
func (l Loaded) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("static")
	l.Static.EncodeJSON(e)
	e.Key("options")
	minijson.List(e, l.Options)
	e.Key("live")
	l.Live.EncodeJSON(e)
	e.EndObject()
}
