package view

import (
	"testing"

	"xigong/internal/fixture"
	"xigong/internal/minijson"
)

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
