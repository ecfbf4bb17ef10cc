// Package charts says what each chart shows of a scenario and fills the
// chart's skeleton with it. Every kind of chart (growth targets, a cap, the
// illustrative projection) has one skeleton, a data-free ECharts option laid
// out at build time by package charts/skeleton, and one fill here
// (growth.go, cap.go, projection.go): its marks (bars and points with their
// labels, colours, hatching and tooltips) and texts (titles, subtitles, aria
// descriptions) in Chinese or English.
//
// The same fill makes the prerendered options at build time (Options), the
// options of a reader's own targets in the WebAssembly module (Options
// again, with the skeletons the page carries), and each scenario change's
// patches, which are the filled parts that change (Patch, PatchChanged).
// It is plain Go without go-echarts, encoding/json, fmt or reflect, so that
// the module stays small. Output is deterministic: fixed chart and series
// ids, no randomness.
package charts

//go:generate go run xigong/cmd/jsongen
