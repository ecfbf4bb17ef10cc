// Package skeleton lays out each kind of chart with go-echarts, at build
// time, as a data-free Apache ECharts option (a skeleton): axes, grids, the
// places and styles of titles and legends, the series' styles and the media
// rules for narrow frames. Package charts fills a skeleton with what a chart
// shows of a scenario (charts.Options), at build time for the prerendered
// page and in the WebAssembly module for a reader's targets, which so needs
// no go-echarts.
//
// One file per kind of chart: growth.go, cap.go, projection.go.
package skeleton
