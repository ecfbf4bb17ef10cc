// Package charts turns targets and an evaluated scenario into Apache ECharts
// options, built with go-echarts. It is pure: the same input gives the same
// JSON, with fixed chart and series ids, so the options can be golden-tested
// on the host and merged into live charts by id in the browser.
//
// Build gives each chart's whole option, once; Patch gives only what a
// scenario change alters (scenario series, subtitles, aria descriptions), to
// be merged with setOption.
package charts
