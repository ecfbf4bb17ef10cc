package view

import (
	"encoding/json"
	"testing"

	"xigong/internal/fixture"
)

// BenchmarkSet is one scenario change as the page makes it: evaluate, build
// the live state and encode it.
func BenchmarkSet(b *testing.B) {
	a := NewApp(fixture.Seed(b), "zh")
	values := []float64{9, 11, 13, 10, 19, 11, 10, 2, 4.5, 6.7}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		values[8] = float64(i%100) / 10
		if _, err := json.Marshal(a.Set(values)); err != nil {
			b.Fatal(err)
		}
	}
}
