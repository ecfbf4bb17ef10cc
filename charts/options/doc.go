// Package options builds each chart's whole Apache ECharts option with
// go-echarts: the layout (titles, axes, grids, legends, the cap's line and
// area) around the marks and texts of package charts. It runs at build time;
// the options are prerendered into the page, so that the charts draw before
// the WebAssembly module has started and the module needs no go-echarts.
package options
