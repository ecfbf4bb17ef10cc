package minijson

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
)

// point is a Marshaler, as the chart and page types are.
type point struct {
	X    float64 `json:"x"`
	Name string  `json:"name,omitempty"`
}

func (p point) EncodeJSON(e *Encoder) {
	e.BeginObject()
	e.Key("x")
	e.Float(p.X)
	if p.Name != "" {
		e.Key("name")
		e.String(p.Name)
	}
	e.EndObject()
}

type points []point

func (ps points) EncodeJSON(e *Encoder) { List(e, ps) }

func TestMarshalMatchesEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
	}{
		{"null", nil},
		{"bools", []any{true, false}},
		{"html and quotes", "<script>alert('x') & \"y\"</script>"},
		{"control characters", "\x00\x01\b\f\n\r\t\x1f\x7f"},
		{"line separators", "a\u2028b\u2029c"},
		{"invalid UTF-8", "a\xffb\xc3"},
		{"Chinese and emoji", "地区生产总值增长10.5%·‰ 🙂"},
		{"three-byte edges", "\u0800\uffff\u2027\u202a✓（：）\ue000"},
		{"invalid three-byte sequences", "\xe0\x80\x80 \xed\xa0\x80 \xe4\xb8 \xe4\xb8\x41 \xef\xbf"},
		{"numbers", []any{0.0, math.Copysign(0, -1), 1.0, -2.5, 0.1, 10.5, 123456789.0, 1e20, 1e21, 1.5e300, 1e-6, 1e-7, -3.2e-9, 108.29}},
		{"ints", []any{0, -7, 2015}},
		{"maps sorted", map[string]any{"b": 1.0, "a": []any{}, "<": map[string]any{}, "": nil}},
		{"nested", map[string]any{"series": []map[string]any{{"id": "s", "data": points{{1, "a"}, {2.5, ""}}}}}},
		{"nil slices", map[string]any{"a": []any(nil), "b": []string(nil), "c": []float64(nil), "d": map[string]any(nil), "e": points(nil)}},
		{"typed slices", []any{[]string{"x", "<"}, []float64{1, 2.25}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Marshal(tc.v)
			if err != nil {
				t.Fatalf("Marshal() error: %v", err)
			}
			want, err := json.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("Marshal() = %s; want %s (encoding/json)", got, want)
			}
		})
	}
}

func TestMarshalErrors(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"NaN", []any{1.0, math.NaN()}, "minijson: unsupported value: NaN"},
		{"infinity", map[string]any{"x": math.Inf(1)}, "minijson: unsupported value: +Inf"},
		{"a struct", struct{}{}, "minijson: cannot write a value of this type"},
	}
	for _, tc := range tests {
		got, err := Marshal(tc.v)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: Marshal() = %s, %v; want error %q", tc.name, got, err, tc.want)
		}
	}
}

func TestEncoderCommas(t *testing.T) {
	var e Encoder
	e.BeginObject()
	e.Key("a")
	e.BeginArray()
	e.Int(1)
	e.BeginObject()
	e.EndObject()
	e.BeginArray()
	e.EndArray()
	e.String("x")
	e.EndArray()
	e.Key("b")
	e.Floats([]float64{})
	e.EndObject()
	e.Bool(true)
	got, err := e.Bytes()
	if want := `{"a":[1,{},[],"x"],"b":[]},true`; err != nil || string(got) != want {
		t.Errorf("Bytes() = %s, %v; want %s", got, err, want)
	}
	e.Reset()
	if e.Value("y"); string(e.b) != `"y"` {
		t.Errorf("after Reset, Value(y) wrote %s; want \"y\"", e.b)
	}
}

func TestParseMatchesEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`null`, ` true `, `false`, `0`, `-0`, `-1.5e+3`, `1E-7`, `123456789012345678901234567890`,
		`""`, `"a\"b\\c\/d\b\f\n\r\t"`, `"\u00e9\u4e2d\ud83d\ude42"`, `"\ud800"`, `"\ud800\u0041"`, "\"\xff\xfe\"", `"地区"`,
		`[]`, `[1, [2, [3]], {}]`, `{"a": {"b": [true, null]}, "a": 2}`, "{\n\t\"x\" : 1 ,\r\n \"y\":[ ]}",
	} {
		got, err := Parse([]byte(in), 100)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", in, err)
			continue
		}
		var want any
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Parse(%q) = %#v; want %#v (encoding/json)", in, got, want)
		}
	}
}

func TestParseErrorsMatchEncodingJSON(t *testing.T) {
	for _, in := range []string{
		``, ` `, `{`, `{"schema": `, `{"schema" "x"}`, `{"a":1,}`, `{"a":1 "b":2}`, `{1:2}`, `[1,]`, `[1 2]`, `[`,
		`tru`, `trux`, `nul`, `x`, `01`, `-`, `1.`, `1.e3`, `1e`, `1e+`, `.5`, `"abc`, "\"a\nb\"", `"\x"`, `"\u12"`, `"\u12g4"`,
		`{} {}`, `[] x`, `"a" "b"`, `'a'`, "\xff",
	} {
		_, err := Parse([]byte(in), 100)
		var want any
		wantErr := json.Unmarshal([]byte(in), &want)
		var se, wantSE *SyntaxError
		var jse *json.SyntaxError
		if !errors.As(wantErr, &jse) {
			t.Fatalf("json.Unmarshal(%q) = %v; want a syntax error", in, wantErr)
		}
		if !errors.As(err, &se) || se.Error() != jse.Error() || se.Offset != jse.Offset {
			t.Errorf("Parse(%q) error = %v (offset %v); want %q at %d (encoding/json)", in, err, offset(se), jse.Error(), jse.Offset)
		}
		_ = wantSE
	}
}

func offset(e *SyntaxError) any {
	if e == nil {
		return nil
	}
	return e.Offset
}

func TestParseLimits(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
	}{
		{"too deep", strings.Repeat("[", 5) + strings.Repeat("]", 5), "exceeded max depth of 4"},
	}
	for _, tc := range tests {
		if _, err := Parse([]byte(tc.in), 4); err == nil || err.Error() != tc.want {
			t.Errorf("%s: Parse() error = %v; want %q", tc.name, err, tc.want)
		}
	}
	if v, err := Parse([]byte(`[1e400, -1e999]`), 4); err != nil || !reflect.DeepEqual(v, []any{math.Inf(1), math.Inf(-1)}) {
		t.Errorf("Parse(numbers beyond float64) = %v, %v; want [+Inf -Inf]", v, err)
	}
	if _, err := Parse([]byte(strings.Repeat("[", 4)+strings.Repeat("]", 4)), 4); err != nil {
		t.Errorf("Parse(4 deep, max 4) error: %v; want none", err)
	}
}

func TestClone(t *testing.T) {
	v, err := Parse([]byte(`{"a": [1, {"b": "c"}]}`), 10)
	if err != nil {
		t.Fatal(err)
	}
	c := Clone(v)
	c.(map[string]any)["a"].([]any)[1].(map[string]any)["b"] = "changed"
	if got := v.(map[string]any)["a"].([]any)[1].(map[string]any)["b"]; got != "c" {
		t.Errorf("changing the clone changed the original: %v", got)
	}
}

// FuzzParse checks Parse against encoding/json: the same values for valid
// JSON, an error for the rest, and a round trip through Marshal.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x",null,true]}`, `"\ud83d\ude42"`, `[1e400]`, `{"schema" "x"}`, "\"\xff\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := Parse(b, 10000)
		var want any
		wantErr := json.Unmarshal(b, &want)
		var rangeErr *json.UnmarshalTypeError
		if errors.As(wantErr, &rangeErr) && err == nil {
			return // a number beyond float64: ±Inf here, refused there
		}
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("Parse(%q) error = %v; encoding/json: %v", b, err, wantErr)
		}
		if err != nil {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Parse(%q) = %#v; want %#v", b, got, want)
		}
		out, err := Marshal(got)
		wantOut, _ := json.Marshal(want)
		if err != nil || string(out) != string(wantOut) {
			t.Fatalf("Marshal(Parse(%q)) = %s, %v; want %s", b, out, err, wantOut)
		}
	})
}

// FuzzMarshalString checks that a string, valid UTF-8 or not, is written as
// encoding/json writes it.
func FuzzMarshalString(f *testing.F) {
	for _, s := range []string{"a\u2028b", "地区\xe4\xb8", "\xed\xa0\x80<&>", "\x00\x1f\"\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Marshal(s)
		want, wantErr := json.Marshal(s)
		if err != nil || wantErr != nil || string(got) != string(want) {
			t.Fatalf("Marshal(%q) = %s, %v; want %s, %v (encoding/json)", s, got, err, want, wantErr)
		}
	})
}
