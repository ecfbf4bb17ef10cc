// Package charts says what each chart shows of a scenario: its marks (bars
// and points with their labels, colours, hatching and tooltips) and its texts
// (subtitles and aria descriptions), in Chinese or English. Patch turns them
// into the part of each chart's ECharts option that a scenario change alters,
// to merge with setOption by series id.
//
// It is plain Go without go-echarts, so that the WebAssembly module stays
// small; package charts/options lays the same marks out as whole ECharts
// options with go-echarts, at build time. Output is deterministic: fixed chart
// and series ids, no randomness.
package charts
