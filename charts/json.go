package charts

import "xigong/internal/minijson"

// The EncodeJSON methods write the chart types as encoding/json does from
// their struct tags (json_test.go checks it): the WebAssembly module writes
// its JSON with package minijson, which does without reflection.

// EncodeJSON writes d.
func (d Decal) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("symbol")
	e.String(d.Symbol)
	e.Key("symbolSize")
	e.Float(d.SymbolSize)
	e.Key("dashArrayX")
	e.Floats(d.DashArrayX)
	e.Key("dashArrayY")
	e.Floats(d.DashArrayY)
	e.Key("rotation")
	e.Float(d.Rotation)
	e.Key("color")
	e.String(d.Color)
	e.Key("symbolKeepAspect")
	e.Bool(d.SymbolKeepAspect)
	e.EndObject()
}

// EncodeJSON writes s.
func (s ItemStyle) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("color")
	e.String(s.Color)
	if s.Decal != nil {
		e.Key("decal")
		s.Decal.EncodeJSON(e)
	}
	if s.BorderColor != "" {
		e.Key("borderColor")
		e.String(s.BorderColor)
	}
	if s.BorderWidth != 0 {
		e.Key("borderWidth")
		e.Float(s.BorderWidth)
	}
	e.EndObject()
}

// EncodeJSON writes l.
func (l Label) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("show")
	e.Bool(l.Show)
	if l.Position != "" {
		e.Key("position")
		e.String(l.Position)
	}
	e.Key("formatter")
	e.String(l.Formatter)
	if l.Color != "" {
		e.Key("color")
		e.String(l.Color)
	}
	if len(l.Offset) > 0 {
		e.Key("offset")
		e.Floats(l.Offset)
	}
	e.EndObject()
}

// EncodeJSON writes t.
func (t Tooltip) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("formatter")
	e.String(t.Formatter)
	e.EndObject()
}

// EncodeJSON writes it.
func (it Item) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("value")
	e.Float(it.Value)
	e.Key("label")
	it.Label.EncodeJSON(e)
	e.Key("itemStyle")
	it.ItemStyle.EncodeJSON(e)
	e.Key("tooltip")
	it.Tooltip.EncodeJSON(e)
	e.EndObject()
}

// Items are the data items of a series.
type Items []Item

// EncodeJSON writes the items as an array.
func (its Items) EncodeJSON(e *minijson.Encoder) { minijson.List(e, its) }

// EncodeJSON writes m.
func (m CapMark) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("name")
	e.String(m.Name)
	e.Key("xAxis")
	e.Float(m.XAxis)
	e.Key("label")
	m.Label.EncodeJSON(e)
	e.EndObject()
}

// EncodeJSON writes a.
func (a AreaEdge) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	if a.Name != "" {
		e.Key("name")
		e.String(a.Name)
	}
	e.Key("xAxis")
	e.Float(a.XAxis)
	e.EndObject()
}

// Area is one marked area: its two edges.
type Area []AreaEdge

// EncodeJSON writes the edges as an array.
func (a Area) EncodeJSON(e *minijson.Encoder) { minijson.List(e, a) }

// EncodeJSON writes c.
func (c Chart) EncodeJSON(e *minijson.Encoder) {
	e.BeginObject()
	e.Key("id")
	e.String(c.ID)
	e.Key("option")
	e.Value(c.Option)
	e.EndObject()
}
