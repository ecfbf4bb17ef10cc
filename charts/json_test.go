package charts

import (
	"testing"

	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/jsoncheck"
	"xigong/internal/jsongen"
	"xigong/model"
)

// TestPatchJSON checks that the module's writer, package minijson, writes
// the patches as encoding/json does.
func TestPatchJSON(t *testing.T) {
	fixture.Each(t, func(t *testing.T, _ string, ts *data.Targets, r model.Result, lang string) {
		for _, c := range append(Patch(ts, r, lang), PatchChanged(ts, r, lang, []int{0, 8}, &Memo{})...) {
			jsoncheck.Same(t, c)
		}
	})
}

// TestGeneratedJSONIsFresh checks that json_gen.go writes every field under
// the key its struct tag names now.
func TestGeneratedJSONIsFresh(t *testing.T) {
	if err := jsongen.Check("."); err != nil {
		t.Error(err)
	}
}
