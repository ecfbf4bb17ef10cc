//go:build js && wasm

package main

import (
	"errors"
	"math"
	"runtime"
	"strconv"
	"strings"
	"syscall/js"
	"unsafe"

	"xigong/charts"
	"xigong/data"
	"xigong/i18n"
	"xigong/internal/minijson"
	"xigong/qrcode"
	"xigong/reading"
	"xigong/view"
)

// exports are the functions set on globalThis.xigong, kept so that tests
// can release them.
type exports struct {
	app   *view.App
	funcs []js.Func
	enc   minijson.Encoder // reused for every answer, to make less garbage
}

// register sets globalThis.xigong; init gives it its targets.
func register() *exports {
	e := &exports{}
	obj := js.Global().Get("Object").New()
	for name, f := range map[string]func([]js.Value) (any, error){
		"init":    e.init,
		"set":     e.set,
		"peek":    e.peek,
		"commit":  e.commit,
		"reset":   func([]js.Value) (any, error) { return e.app.Reset(), nil },
		"csv":     e.csv,
		"load":    e.load,
		"read":    e.read,
		"correct": e.correct,
		"qr":      qr,
		"heap":    heap,
	} {
		if name != "init" {
			f = e.started(f)
		}
		fn := js.FuncOf(e.guard(f))
		e.funcs = append(e.funcs, fn)
		obj.Set(name, fn)
	}
	js.Global().Set("xigong", obj)
	return e
}

// started refuses f until init has run.
func (e *exports) started(f func([]js.Value) (any, error)) func([]js.Value) (any, error) {
	return func(args []js.Value) (any, error) {
		if e.app == nil {
			return nil, errors.New("wasm: call init first")
		}
		return f(args)
	}
}

// init takes the language, the page's URL fragment (which Init reads
// defensively: see package fragment) and the targets file the page
// carries, and starts the app.
func (e *exports) init(args []js.Value) (any, error) {
	if len(args) != 3 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString || args[2].Type() != js.TypeString {
		return nil, errors.New("wasm: init: want the language, the URL fragment and the targets file, as text")
	}
	lang := "zh"
	if args[0].String() == "en" {
		lang = "en"
	}
	t, err := data.Parse([]byte(args[2].String()))
	if err != nil {
		return nil, errors.New("wasm: init: the page's targets: " + err.Error())
	}
	e.app = view.NewApp(t, lang)
	return e.app.Init(args[1].String()), nil
}

// set takes the scenario as a JSON array with one number (or null, for the
// target) per indicator, and returns its live state.
func (e *exports) set(args []js.Value) (any, error) {
	values, err := scenarioOf("set", args)
	if err != nil {
		return nil, err
	}
	return e.app.Set(values), nil
}

// peek takes a scenario as set does and returns its live state without
// making it the scenario (see view.App.Peek).
func (e *exports) peek(args []js.Value) (any, error) {
	values, err := scenarioOf("peek", args)
	if err != nil {
		return nil, err
	}
	return e.app.Peek(values), nil
}

// commit takes a scenario as set does and makes it the scenario, returning
// {} (see view.App.Commit).
func (e *exports) commit(args []js.Value) (any, error) {
	values, err := scenarioOf("commit", args)
	if err != nil {
		return nil, err
	}
	e.app.Commit(values)
	return map[string]any{}, nil
}

// scenarioOf reads the argument of the export name: a JSON array with one
// number (or null, for the target) per indicator; the model reads NaN as
// the target. Taking a string, not a JavaScript array, keeps the Go side
// from touching objects whose getters could throw through it.
func scenarioOf(name string, args []js.Value) ([]float64, error) {
	if len(args) != 1 || args[0].Type() != js.TypeString {
		return nil, errors.New("wasm: " + name + ": want one JSON array of numbers")
	}
	s := args[0].String()
	if len(s) > maxSetLen {
		return nil, errors.New("wasm: " + name + ": want at most " + strconv.Itoa(maxSetLen) + " bytes, got " + strconv.Itoa(len(s)))
	}
	v, err := minijson.Parse([]byte(s), 1)
	if err != nil {
		return nil, errors.New("wasm: " + name + ": want a JSON array of numbers: " + err.Error())
	}
	list, ok := v.([]any)
	if !ok {
		return nil, errors.New("wasm: " + name + ": want a JSON array of numbers")
	}
	if len(list) > data.MaxIndicators {
		return nil, errors.New("wasm: " + name + ": want at most " + strconv.Itoa(data.MaxIndicators) + " values, got " + strconv.Itoa(len(list)))
	}
	raw := make([]*float64, len(list))
	for i, x := range list {
		switch x := x.(type) {
		case float64:
			if math.IsInf(x, 0) {
				return nil, errors.New("wasm: " + name + ": want finite numbers; value " + strconv.Itoa(i) + " is beyond float64")
			}
			raw[i] = &x
		case nil:
		default:
			return nil, errors.New("wasm: " + name + ": want a JSON array of numbers; value " + strconv.Itoa(i) + " is not a number")
		}
	}
	if beforeSet != nil {
		beforeSet(raw)
	}
	values := make([]float64, len(raw))
	for i, v := range raw {
		values[i] = math.NaN()
		if v != nil {
			values[i] = *v
		}
	}
	return values, nil
}

// csv returns the current scenario as a CSV file: {"csv": "..."}.
func (e *exports) csv([]js.Value) (any, error) {
	b, err := e.app.CSV()
	if err != nil {
		return nil, err
	}
	return map[string]any{"csv": string(b)}, nil
}

// load takes a targets file and the page's chart skeletons (both JSON text)
// and returns view.Loaded, or {"errors": [...]} listing every field at fault
// in the page's language, in which case the current targets stay.
func (e *exports) load(args []js.Value) (any, error) {
	if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
		return nil, errors.New("wasm: load: want the file and the chart skeletons as text")
	}
	skeletons, err := skeletonsOf(args[1].String())
	if err != nil {
		return nil, errors.New("wasm: load: the page's chart skeletons: " + err.Error())
	}
	// The page refuses files over data.MaxSize before they get here; Parse
	// checks the size again.
	loaded, err := e.app.Load([]byte(args[0].String()), skeletons)
	var fieldErrs data.Errors
	if errors.As(err, &fieldErrs) {
		return map[string]any{"errors": fieldErrs.In(e.app.Lang())}, nil
	}
	if err != nil {
		return nil, err
	}
	return loaded, nil
}

// read reads the words of a report's targets (package reading), with the
// year and region the reader gave ("" when none), and returns {html} (the
// reading, view.Reading), with {file} (the v2 targets file of the reading,
// for load), {year} and {region} (given, or read from the words), or {message} when the page cannot show them, and
// {ask: "year"} when what it needs is the year.
func (e *exports) read(args []js.Value) (any, error) {
	if len(args) != 3 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString || args[2].Type() != js.TypeString {
		return nil, errors.New("wasm: read: want the text, the year and the region, as text")
	}
	text := args[0].String()
	if len(text) > data.MaxSize {
		return nil, errors.New("wasm: read: want at most " + strconv.Itoa(data.MaxSize) + " bytes of text")
	}
	lang := e.app.Lang()
	m := i18n.For(lang)
	year, err := strconv.Atoi(args[1].String())
	if err != nil {
		year = 0 // none given: the words' own
	}
	r, err := reading.ReadReport(text, year, args[2].String(), args[2].String())
	var fieldErrs data.Errors
	switch {
	case errors.Is(err, reading.ErrNoTargets):
		return map[string]any{"html": view.Reading(r.Clauses, nil, lang), "message": m.ReportNone}, nil
	case errors.Is(err, reading.ErrNoYear):
		return map[string]any{"html": view.Reading(r.Clauses, nil, lang), "message": m.ReportNeedYear, "ask": "year"}, nil
	case errors.As(err, &fieldErrs): // none of the targets is of a kind the page charts
		return map[string]any{"html": view.Reading(r.Clauses, nil, lang), "message": strings.Join(fieldErrs.In(lang), " ")}, nil
	case err != nil:
		return nil, err
	}
	return map[string]any{"html": view.Reading(r.Clauses, r.Targets, lang), "year": float64(r.Year), "region": r.Region, "file": string(r.File)}, nil
}

// correct takes a reader's targets file (v2) and a correction as JSON
// ({index, drop, name, nameEN, measure, bound, value, min, max, unit}: see
// reading.Correction) and returns {file}, the file corrected, which load
// shows, or {errors} when the corrected file breaks a rule of the schema.
func (e *exports) correct(args []js.Value) (any, error) {
	if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
		return nil, errors.New("wasm: correct: want the file and the correction, as text")
	}
	if len(args[0].String()) > data.MaxSize || len(args[1].String()) > maxSetLen {
		return nil, errors.New("wasm: correct: too long")
	}
	v, err := minijson.Parse([]byte(args[1].String()), 1)
	c, ok := v.(map[string]any)
	if err != nil || !ok {
		return nil, errors.New("wasm: correct: want a JSON object")
	}
	str := func(k string) string { s, _ := c[k].(string); return s }
	num := func(k string) float64 { x, _ := c[k].(float64); return x }
	drop, _ := c["drop"].(bool)
	index, ok := c["index"].(float64)
	if !ok || index != math.Trunc(index) {
		return nil, errors.New("wasm: correct: index: want a whole number")
	}
	b, err := reading.Correct([]byte(args[0].String()), reading.Correction{
		Index: int(index), Drop: drop, Name: str("name"), NameEN: str("nameEN"),
		Target: reading.Target{Measure: reading.Measure(str("measure")), Bound: reading.Bound(str("bound")),
			Value: num("value"), Min: num("min"), Max: num("max"), Unit: str("unit")},
	})
	var fieldErrs data.Errors
	if errors.As(err, &fieldErrs) {
		return map[string]any{"errors": fieldErrs.In(e.app.Lang())}, nil
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{"file": string(b)}, nil
}

// qr takes a page's address and returns its QR code ({size, bits}: see
// qrcode.Code), or {tooLong: true} when the address is too long for one.
func qr(args []js.Value) (any, error) {
	if len(args) != 1 || args[0].Type() != js.TypeString {
		return nil, errors.New("wasm: qr: want the address, as text")
	}
	c, err := qrcode.Encode(args[0].String())
	if errors.Is(err, qrcode.ErrTooLong) {
		return map[string]any{"tooLong": true}, nil
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{"size": float64(c.Size), "bits": c.Bits}, nil
}

// skeletonsOf reads the page's chart skeletons: a JSON object of the
// skeleton of each kind of chart.
func skeletonsOf(text string) (charts.Skeletons, error) {
	v, err := minijson.Parse([]byte(text), data.MaxDepth)
	if err != nil {
		return nil, err
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("want an object")
	}
	return charts.Skeletons(m), nil
}

// beforeSet is nil but in builds with the tag "faults" (faults.go), whose
// page the browser tests use to force a panic: it sees the scenario of
// every set, peek and commit.
var beforeSet func(values []*float64)

// heap collects garbage and returns the program's live heap and the
// memory it holds from the system, in bytes: the benchmark's leak check
// reads the live heap, as the memory from the system grows in steps while
// the collector settles and is never given back.
func heap([]js.Value) (any, error) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return map[string]any{"live": float64(m.HeapAlloc), "sys": float64(m.Sys)}, nil
}

// maxSetLen bounds the JSON that set, peek and commit read: 50 numbers of 30 characters.
const maxSetLen = 2048

// guard turns f into a js.Func body that returns JSON, and that returns
// {"error": ...} when f fails or panics.
func (e *exports) guard(f func([]js.Value) (any, error)) func(js.Value, []js.Value) any {
	return func(_ js.Value, args []js.Value) (result any) {
		defer func() {
			if p := recover(); p != nil {
				result = errorJSON("wasm: panic: " + panicText(p))
			}
		}()
		v, err := f(args)
		if err != nil {
			return errorJSON(err.Error())
		}
		e.enc.Reset()
		e.enc.Value(v)
		b, err := e.enc.Bytes()
		if err != nil {
			return errorJSON("wasm: encoding the result: " + err.Error())
		}
		// The answer is copied into a JavaScript string as this function
		// returns (syscall/js decodes it from memory at once), so it can be
		// the encoder's buffer itself, which the next call reuses: no copy
		// of 5–30 KB of garbage a change.
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
}

func errorJSON(msg string) string {
	b, err := minijson.Marshal(map[string]any{"error": msg})
	if err != nil {
		return `{"error":"wasm: an error that cannot be encoded"}`
	}
	return string(b)
}

// panicText says what a recovered panic carried.
func panicText(p any) string {
	switch v := p.(type) {
	case runtime.Error:
		return v.Error()
	case error:
		return v.Error()
	case string:
		return v
	}
	return "a value that is not an error or a string"
}
