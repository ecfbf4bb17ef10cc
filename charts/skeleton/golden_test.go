package skeleton

import (
	"strings"
	"testing"

	"xigong/internal/golden"
)

func TestBuildGolden(t *testing.T) {
	sk, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "skeletons.json", golden.JSON(t, sk))
}

// TestDataFree checks that a skeleton holds no data and no text: those are
// the fill's, in the reader's language.
func TestDataFree(t *testing.T) {
	sk, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	for kind, o := range sk {
		walk(o, kind, func(path string, key string, v any) {
			switch {
			case key == "data" || key == "text" || key == "subtext" || key == "description":
				t.Errorf("%s.%s = %v; want no data or text in a skeleton", path, key, v)
			case key == "name" && !strings.Contains(path, "media"):
				t.Errorf("%s.name = %v; want names from the fill", path, v)
			case v == nil:
				t.Errorf("%s.%s is null; want it left out", path, key)
			}
		})
	}
}

// walk calls f for every member of every object in v.
func walk(v any, path string, f func(path, key string, v any)) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			f(path, k, e)
			walk(e, path+"."+k, f)
		}
	case []any:
		for _, e := range x {
			walk(e, path+"[]", f)
		}
	}
}
