package main

import (
	"math"
	"sort"
)

// summary is the median, p95, min and max of a sample.
type summary struct {
	N                     int
	Median, P95, Min, Max float64
}

// summarize returns the summary of xs; the percentiles are nearest-rank.
func summarize(xs []float64) summary {
	if len(xs) == 0 {
		return summary{Median: math.NaN(), P95: math.NaN(), Min: math.NaN(), Max: math.NaN()}
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	rank := func(p float64) float64 {
		i := int(math.Ceil(p*float64(len(s)))) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	med := s[len(s)/2]
	if len(s)%2 == 0 {
		med = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return summary{N: len(s), Median: med, P95: rank(0.95), Min: s[0], Max: s[len(s)-1]}
}
