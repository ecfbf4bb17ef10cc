package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParse checks that Parse never panics, and that whatever it accepts
// survives a round trip through JSON unchanged.
func FuzzParse(f *testing.F) {
	f.Add(SeedJSON())
	f.Add([]byte(v2File))
	seeds, err := filepath.Glob("testdata/*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ts, err := Parse(b)
		if err != nil {
			if ts != nil {
				t.Fatalf("Parse() = %v, %v; want nil targets with an error", ts, err)
			}
			return
		}
		again, err := json.Marshal(ts)
		if err != nil {
			t.Fatalf("json.Marshal(parsed) error: %v", err)
		}
		ts2, err := Parse(again)
		if err != nil {
			t.Fatalf("Parse(Marshal(Parse(b))) error: %v", err)
		}
		if !reflect.DeepEqual(ts2, ts) {
			t.Fatalf("round trip changed the targets:\n got %+v\nwant %+v", ts2, ts)
		}
	})
}

// FuzzParsePlan checks that ParsePlan never panics, and that whatever it
// accepts survives a round trip through JSON unchanged.
func FuzzParsePlan(f *testing.F) {
	f.Add(planJSON)
	f.Add([]byte(`{"schema":"xigong-plan/v1","root":{"id":"a","name":{"zh":"甲","en":"A"},"quote":{"zh":"甲……乙","en":"A … B"}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParsePlan(b)
		if err != nil {
			if p != nil {
				t.Fatalf("ParsePlan() = %v, %v; want nil plan with an error", p, err)
			}
			return
		}
		again, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("json.Marshal(parsed) error: %v", err)
		}
		p2, err := ParsePlan(again)
		if err != nil {
			t.Fatalf("ParsePlan(Marshal(ParsePlan(b))) error: %v", err)
		}
		if !reflect.DeepEqual(p2, p) {
			t.Fatalf("round trip changed the plan:\n got %+v\nwant %+v", p2, p)
		}
	})
}
