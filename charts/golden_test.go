package charts

import (
	"bytes"
	"encoding/json"
	"testing"

	"xigong/internal/fixture"
	"xigong/internal/golden"
)

func TestPatchGolden(t *testing.T) {
	for _, sc := range fixture.Scenarios {
		for _, lang := range []string{"zh", "en"} {
			name := sc.Name + "." + lang + ".patch.json"
			t.Run(name, func(t *testing.T) {
				ts, r := fixture.Evaluate(t, sc.Change)
				got := golden.JSON(t, Patch(ts, r, lang))
				if again := golden.JSON(t, Patch(ts, r, lang)); !bytes.Equal(got, again) {
					t.Fatalf("%s: two builds differ; want deterministic output", name)
				}
				golden.Check(t, name, got)
			})
		}
	}
}

func TestPatchEscapesTooltips(t *testing.T) {
	ts, r := fixture.Evaluate(t, nil)
	ts.Indicators[0].Name.ZH = `<img src=x onerror=alert(1)>`
	b, err := json.Marshal(Patch(ts, r, "zh"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("<img")) || !bytes.Contains(b, []byte(`\u0026lt;img src=x onerror=alert(1)\u0026gt;`)) {
		t.Errorf("Patch() tooltips = %.300s; want the name HTML-escaped", b)
	}
}
