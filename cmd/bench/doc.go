// Command bench measures the page against the benchmark's reference page,
// which draws the same four charts with the same sliders and the same ECharts
// build in plain JavaScript, with no Go. In real headless Chromium, taking
// the two pages in turn (A B A B) over -runs runs, it measures:
//
//   - loading the single file from file://, at full speed and with the
//     page's thread slowed down 4×: the first paint of the charts (ours are
//     drawn by the build into the page; the reference's when its live charts
//     are drawn), the first contentful paint, the live charts drawn
//     (charts-ready), the sliders taking changes (interactive) and the first
//     answer to a change (live); and the hosted build's charts-ready over
//     loopback http;
//   - a move: slider input event to the charts-updated mark, over 60 key
//     presses a run spread over all ten sliders, at both speeds;
//   - a reader's first move answered: a script moves a slider every 20 ms
//     from the page's start until a charts-updated mark after the page's
//     live mark answers, with no DevTools call during the load but a
//     Runtime.evaluate every 250 ms (one load a run, each page and speed);
//   - the page of a made-up report of 30 targets (bench/long-30.txt, built
//     by build.sh into dist/bench/long/), loaded and moved as ours is: its
//     move and its first answer against Xigong's page's, within 1.5×;
//   - bytes: the single file, the hosted first load, the module;
//   - memory: JavaScript heap, the Go program's live heap and WebAssembly
//     memory after load and after 1,000 slider changes (after a garbage
//     collection each time); the leak checks of both heaps, from 2,000 to
//     3,000 changes; and, as a diagnostic, the JS heap with V8's compilers
//     of JavaScript off.
//
// It prints a table with the ratios (ours / reference) and the budgets, writes
// it to bench/results.md, and exits 1 when a budget is missed. Run it with
// ./build.sh bench, which builds both pages first.
package main
