// @ts-check
// charts.js draws the live charts over the build's drawings, resizes them
// with their boxes, redraws them at their size on paper for printing, and
// frees them; ready() keeps the page contract once they have drawn. Shared
// by the page and the benchmark's plain-JavaScript reference page, so that
// both do the same work around their models.
import echarts from './echarts.js';
import { chartsReady } from './contract.js';
import { $ } from './dom.js';

// observers keeps each chart's ResizeObserver, to disconnect it.
const observers = new WeakMap();

// disposeCharts frees charts whose page is being replaced.
export function disposeCharts(charts) {
  for (const chart of charts.values()) {
    observers.get(chart)?.disconnect();
    printing.delete(chart);
    chart.dispose();
  }
}

// printSize is a chart's size on paper, in CSS pixels: its box's
// --print-width and --print-height, in millimetres (style.css; the
// projection is not printed). The charts are redrawn at it for printing
// (before the print layout applies), and at their boxes' size after.
function printSize(chart) {
  const style = getComputedStyle(chart.getDom());
  const px = (name) => Math.round((parseFloat(style.getPropertyValue(name)) * 96) / 25.4);
  return { width: px('--print-width'), height: px('--print-height') };
}
const printing = new Set();
// ECharts paints a resize on the next animation frame, after a print has
// been captured: each chart is painted at once (refreshImmediately).
function redraw(size) {
  for (const chart of printing) {
    chart.resize({ ...size(chart), animation: { duration: 0 } });
    chart.getZr().refreshImmediately();
  }
}
window.addEventListener('beforeprint', () => redraw(printSize));
window.addEventListener('afterprint', () => redraw(() => ({ width: 'auto', height: 'auto' })));

// drawCharts creates every chart and resolves once each has drawn a frame.
// lazy creates each in a task of its own, after the tasks waiting (a
// reader's input, the page's paint, the Worker's start): the page shows the
// build's drawings meanwhile, and the live charts never hold up a reader.
export async function drawCharts(options, lazy = false) {
  const reduced = window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const charts = new Map();
  const frames = [];
  for (const { id, option } of options) {
    if (lazy) await new Promise((resolve) => setTimeout(resolve));
    if (reduced) (option.baseOption || option).animation = false; // options with media keep theirs in baseOption
    const { chart, drawn } = drawChart($('chart-' + id), option);
    charts.set(id, chart);
    frames.push(drawn);
  }
  await Promise.all(frames);
  return charts;
}

// drawChart draws a live chart in el: the chart, and a promise of its first
// frame.
function drawChart(el, option) {
  const chart = echarts.init(el, null, { renderer: 'svg' });
  // The drawing the build put in the box (see view.Drawing) stays under the
  // live chart until this has drawn its first frame, then goes, in that
  // frame: no flash, and nothing moves (it is out of the flow).
  const drawn = new Promise((resolve) => {
    chart.on('rendered', function once() {
      chart.off('rendered', once);
      el.querySelector('.drawn')?.remove();
      resolve();
    });
  });
  chart.setOption(option);
  printing.add(chart);
  // Resize in the next frame, not inside the observer's callback: a resize
  // there changes the layout other observers watch (the embed's height
  // reporter), which browsers report as a loop error.
  let pending = 0;
  const observer = new ResizeObserver(() => {
    if (!pending) pending = requestAnimationFrame(() => { pending = 0; chart.resize(); });
  });
  observer.observe(el);
  observers.set(chart, observer);
  return { chart, drawn };
}

// ready keeps the page contract: every chart has drawn its first frame.
export function ready() {
  chartsReady();
  const loading = $('loading');
  if (loading) loading.hidden = true;
}
