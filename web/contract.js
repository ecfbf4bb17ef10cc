// @ts-check
// contract.js is the page contract, in one place: what the page tells the
// pages that embed it, the tests and the benchmark about where it is, by
// performance marks and data attributes on <html>. The page keeps it only
// through these functions.
//
//   mark 'charts-ready', data-ready="true"   every live chart has drawn its first frame
//   mark 'interactive'                       the sliders take changes (changes made
//                                            before the Go program answers wait for it)
//   mark 'live'                              the Go program's first answer is shown
//   mark 'charts-updated'                    a scenario change has reached every chart
//   data-updating="true"                     while a change is on its way
//   data-error="true"                        a failure is shown in #error
//
// Two marks are the page's own, for docs/performance.md: 'xigong:compiled'
// (the module is compiled) and 'xigong:started' (the Go program runs).

const root = document.documentElement;

/** @typedef {'charts-ready' | 'interactive' | 'live' | 'charts-updated' | 'xigong:compiled' | 'xigong:started'} Mark */

/**
 * mark records a mark of the contract. 'charts-updated' keeps only its
 * latest entry in the timeline, which would otherwise grow with every
 * change; a PerformanceObserver still sees each one.
 * @param {Mark} name
 */
export function mark(name) {
  if (name === 'charts-updated') performance.clearMarks(name);
  performance.mark(name);
}

/** chartsReady says every live chart has drawn its first frame. */
export function chartsReady() {
  root.dataset.ready = 'true';
  mark('charts-ready');
}

/**
 * updating says whether a change is on its way.
 * @param {boolean} on
 */
export function updating(on) {
  if (on) root.dataset.updating = 'true';
  else delete root.dataset.updating;
}

/** isUpdating reports whether a change is on its way. */
export function isUpdating() {
  return !!root.dataset.updating;
}

/** failed says a failure is shown. */
export function failed() {
  root.dataset.error = 'true';
}
