package main

import (
	"math"
	"testing"
)

func TestSummarize(t *testing.T) {
	tests := []struct {
		name string
		xs   []float64
		want summary
	}{
		{"odd", []float64{3, 1, 2}, summary{N: 3, Median: 2, P95: 3, Min: 1, Max: 3}},
		{"even", []float64{4, 1, 3, 2}, summary{N: 4, Median: 2.5, P95: 4, Min: 1, Max: 4}},
		{"one", []float64{7}, summary{N: 1, Median: 7, P95: 7, Min: 7, Max: 7}},
		{"twenty", []float64{20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, summary{N: 20, Median: 10.5, P95: 19, Min: 1, Max: 20}},
	}
	for _, tt := range tests {
		if got := summarize(tt.xs); got != tt.want {
			t.Errorf("%s: summarize(%v) = %+v; want %+v", tt.name, tt.xs, got, tt.want)
		}
	}
	if got := summarize(nil); got.N != 0 || !math.IsNaN(got.Median) {
		t.Errorf("summarize(nil) = %+v; want N 0 and NaN", got)
	}
}
