package view

import (
	"testing"

	"xigong/internal/fixture"
	"xigong/internal/minijson"
)

// BenchmarkSetAndEncode is what the module does on a scenario change, for
// its time and its garbage (go test -bench . -benchmem ./view): the speed
// budgets are checked in a browser by ./build.sh bench, not here.
func BenchmarkSetAndEncode(b *testing.B) {
	ts := fixture.Seed(b)
	a := NewApp(ts, "zh")
	a.Init("")
	var e minijson.Encoder
	vals := [][]float64{{9}, {9, 12}, {10.5, 11, 13, 10, 19, 11, 10, 2, 4.9}}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		l := a.Set(vals[i%3])
		e.Reset()
		e.Value(l)
	}
}
