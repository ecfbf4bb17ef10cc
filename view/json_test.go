package view

import (
	"os"
	"testing"

	"xigong/charts/skeleton"
	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/jsoncheck"
	"xigong/internal/jsongen"
	"xigong/model"
)

// TestJSONAsEncodingJSON checks that what the module sends the page, written
// by package minijson, is what encoding/json writes of the same values.
func TestJSONAsEncodingJSON(t *testing.T) {
	check := jsoncheck.Same
	fixture.Each(t, func(t *testing.T, _ string, ts *data.Targets, r model.Result, lang string) {
		check(t, Update(ts, r, lang))
		check(t, update(ts, r, lang, []int{}, nil))
		a := NewApp(ts, lang)
		check(t, a.Init("#v1:gdp=99,x=1"))
		check(t, a.Set([]float64{9}))

		templates, err := skeleton.Build()
		if err != nil {
			t.Fatal(err)
		}
		hostile, err := os.ReadFile("../data/testdata/hostile.json")
		if err != nil {
			t.Fatal(err)
		}
		loaded, err := a.Load(hostile, templates)
		if err != nil {
			t.Fatal(err)
		}
		check(t, loaded)
	})
}

// TestGeneratedJSONIsFresh checks that json_gen.go writes every field under
// the key its struct tag names now.
func TestGeneratedJSONIsFresh(t *testing.T) {
	if err := jsongen.Check("."); err != nil {
		t.Error(err)
	}
}
