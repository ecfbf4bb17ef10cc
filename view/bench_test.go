package view

import (
	"testing"

	"xigong/internal/fixture"
	"xigong/internal/minijson"
)

// BenchmarkSet is one scenario change as the module makes it: evaluate,
// build the live state and write it with a reused encoder, for its time and
// its garbage (go test -bench . -benchmem ./view). The speed budgets are
// checked in a browser by ./build.sh bench, not here.
func BenchmarkSet(b *testing.B) {
	for _, bb := range []struct {
		name  string
		index int // of the indicator changed
	}{
		{"a growth target", 0}, // the growth chart and the projection
		{"a cap", 8},           // its own chart
	} {
		b.Run(bb.name, func(b *testing.B) {
			a := NewApp(fixture.Seed(b), "zh")
			values := []float64{9, 11, 13, 10, 19, 11, 10, 2, 4.5, 6.7}
			var e minijson.Encoder
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				values[bb.index] = float64(i%100) / 10
				e.Reset()
				e.Value(a.Set(values))
				if _, err := e.Bytes(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
