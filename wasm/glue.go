//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"syscall/js"

	"xigong/charts"
	"xigong/data"
	"xigong/view"
)

// exports are the functions set on globalThis.xigong, kept so that they can
// be released.
type exports struct {
	app   *view.App
	funcs []js.Func
	buf   bytes.Buffer // reused for every answer, to make less garbage
}

// register parses the bundled data and sets globalThis.xigong.
func register() (*exports, error) {
	t, err := data.Seed()
	if err != nil {
		return nil, err
	}
	e := &exports{app: view.NewApp(t, "zh")}
	obj := js.Global().Get("Object").New()
	for name, f := range map[string]func([]js.Value) (any, error){
		"init":  e.init,
		"set":   e.set,
		"reset": func([]js.Value) (any, error) { return e.app.Reset(), nil },
		"csv":   e.csv,
		"load":  e.load,
	} {
		fn := js.FuncOf(e.guard(f))
		e.funcs = append(e.funcs, fn)
		obj.Set(name, fn)
	}
	js.Global().Set("xigong", obj)
	return e, nil
}

// release removes globalThis.xigong and frees its functions.
func (e *exports) release() {
	js.Global().Delete("xigong")
	for _, f := range e.funcs {
		f.Release()
	}
}

// init takes the language and the page's URL fragment (which Init reads
// defensively: see package fragment).
func (e *exports) init(args []js.Value) (any, error) {
	lang, frag := "zh", ""
	if len(args) > 0 && args[0].Type() == js.TypeString && args[0].String() == "en" {
		lang = "en"
	}
	if len(args) > 1 && args[1].Type() == js.TypeString {
		frag = args[1].String()
	}
	e.app = view.NewApp(e.app.Targets(), lang)
	return e.app.Init(frag), nil
}

// set takes the scenario as a JSON array with one number (or null, for the
// target) per indicator. Taking a string, not a JavaScript array, keeps the
// Go side from touching objects whose getters could throw through it.
func (e *exports) set(args []js.Value) (any, error) {
	if len(args) != 1 || args[0].Type() != js.TypeString {
		return nil, errors.New("wasm: set: want one JSON array of numbers")
	}
	s := args[0].String()
	if len(s) > maxSetLen {
		return nil, fmt.Errorf("wasm: set: want at most %d bytes, got %d", maxSetLen, len(s))
	}
	var raw []*float64
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, fmt.Errorf("wasm: set: want a JSON array of numbers: %w", err)
	}
	if len(raw) > data.MaxIndicators {
		return nil, fmt.Errorf("wasm: set: want at most %d values, got %d", data.MaxIndicators, len(raw))
	}
	if beforeSet != nil {
		beforeSet(raw)
	}
	values := make([]float64, len(raw))
	for i, v := range raw {
		values[i] = math.NaN() // the model reads NaN as the target
		if v != nil {
			values[i] = *v
		}
	}
	return e.app.Set(values), nil
}

// csv returns the current scenario as a CSV file: {"csv": "..."}.
func (e *exports) csv([]js.Value) (any, error) {
	b, err := e.app.CSV()
	if err != nil {
		return nil, err
	}
	return struct {
		CSV string `json:"csv"`
	}{string(b)}, nil
}

// load takes a targets file and the page's chart options (both JSON text)
// and returns view.Loaded, or {"errors": [...]} listing every field at fault,
// in which case the current targets stay.
func (e *exports) load(args []js.Value) (any, error) {
	if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
		return nil, errors.New("wasm: load: want the file and the chart options as text")
	}
	var templates []charts.Chart
	if err := json.Unmarshal([]byte(args[1].String()), &templates); err != nil {
		return nil, fmt.Errorf("wasm: load: the page's chart options: %w", err)
	}
	// The page refuses files over data.MaxSize before they get here; Parse
	// checks the size again.
	loaded, err := e.app.Load([]byte(args[0].String()), templates)
	var fieldErrs data.Errors
	if errors.As(err, &fieldErrs) {
		out := dataErrors{Errors: make([]string, len(fieldErrs))}
		for i, fe := range fieldErrs {
			out.Errors[i] = fe.Error()
		}
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	return loaded, nil
}

// dataErrors is load's answer for a file that is not valid.
type dataErrors struct {
	Errors []string `json:"errors"`
}

// beforeSet is nil but in builds with the tag "faults" (faults.go), whose
// page the browser tests use to force a panic.
var beforeSet func(values []*float64)

// maxSetLen bounds the JSON that set reads: 50 numbers of 30 characters.
const maxSetLen = 2048

// guard turns f into a js.Func body that returns JSON, and that returns
// {"error": ...} when f fails or panics.
func (e *exports) guard(f func([]js.Value) (any, error)) func(js.Value, []js.Value) any {
	return func(_ js.Value, args []js.Value) (result any) {
		defer func() {
			if p := recover(); p != nil {
				result = errorJSON(fmt.Errorf("wasm: panic: %v", p))
			}
		}()
		v, err := f(args)
		if err != nil {
			return errorJSON(err)
		}
		e.buf.Reset()
		if err := json.NewEncoder(&e.buf).Encode(v); err != nil {
			return errorJSON(fmt.Errorf("wasm: encoding the result: %w", err))
		}
		return e.buf.String()
	}
}

func errorJSON(err error) string {
	b, mErr := json.Marshal(map[string]string{"error": err.Error()})
	if mErr != nil {
		return `{"error":"wasm: an error that cannot be encoded"}`
	}
	return string(b)
}
