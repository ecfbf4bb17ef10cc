package data

import (
	"encoding/json"
	"reflect"
	"testing"

	"xigong/internal/jsongen"
)

// TestGeneratedJSONIsFresh checks that json_gen.go reads every field from
// the key its struct tag names now.
func TestGeneratedJSONIsFresh(t *testing.T) {
	if err := jsongen.Check("."); err != nil {
		t.Error(err)
	}
}

// TestFilesRoundTrip checks that every member of the bundled files is read
// into a field whose tag names it: written back by encoding/json from the
// tags, each file is what it was (a tag renamed, e.g. credit to credits,
// fails here, as the file's member is then ignored).
func TestFilesRoundTrip(t *testing.T) {
	ts, err := Seed()
	if err != nil {
		t.Fatal(err)
	}
	plan, err := SeedPlan()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		file   []byte
		parsed any
	}{{"targets.json", SeedJSON(), ts}, {"plan.json", planJSON, plan}} {
		var want, got any
		if err := json.Unmarshal(tt.file, &want); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(tt.parsed)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s parsed and written back = %.400s; want the file", tt.name, b)
		}
	}
}
