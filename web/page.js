// @ts-check
// page.js draws the charts and wires the controls; shared by the page and the
// benchmark's plain-JavaScript reference page, so that both do the same work
// around their models.
import echarts from './echarts.js';
import { $, applyLive, copy, fail, liveElements, root } from './dom.js';

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

// printSize is a chart's size on paper, in CSS pixels (style.css: the growth
// chart 186 × 100 mm, a cap 92 × 58 mm; the projection is not printed): the
// charts are redrawn at it for printing (before the print layout applies),
// and at their boxes' size after.
const printSize = (chart) => (chart.getDom().id === 'chart-growth' ? { width: 703, height: 378 } : { width: 348, height: 219 });
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

// inflight is the latest update sent to the model.
let inflight = Promise.resolve();

// settled resolves when every change made so far has been applied.
export async function settled() {
  while (root.dataset.updating) await inflight;
}

// wire connects the sliders and the reset button to the model, from its
// first live state: first is that state, or a promise of it (the Go program
// answers once it has started and the live charts are drawn). model.set(values) and model.reset() return the live state, or a
// promise of it. Updates go to the model one at a time, in order, after the
// first state; while any is queued or on its way, <html> has
// data-updating="true". A change waits for the update before it, then sends
// the values as they are then: any number of changes meanwhile make one
// update, and a slow answer never queues up stale ones.
//
// When early is true the page already shows the state first will have (the
// build's drawing and the prerendered page, at the targets): the controls
// work at once, and a change made before the first state waits for it. It
// marks 'interactive' when the controls take changes, and 'live' when the
// first state is applied (changes are answered from then on).
export function wire(charts, first, model, early = false) {
  const controls = $('controls');
  const sliders = [.../** @type {NodeListOf<HTMLInputElement>} */ (controls.querySelectorAll('input[type=range]'))];
  const values = [];
  for (const el of sliders) values[Number(el.dataset.index)] = Number(el.value);
  const found = liveElements();
  const apply = (live) => {
    applyLive(live, found);
    keepInLink(live);
    for (const { id, option } of live.charts) charts.get(id)?.setOption(option);
    // Only the latest mark stays in the timeline, which would otherwise grow
    // with every change; a PerformanceObserver still sees each one.
    performance.clearMarks('charts-updated');
    performance.mark('charts-updated');
  };
  const enable = (on) => {
    for (const el of /** @type {NodeListOf<HTMLInputElement | HTMLButtonElement>} */ (controls.querySelectorAll('input, button'))) el.disabled = !on;
    if (on) performance.mark('interactive');
  };
  let chain = Promise.resolve();
  const enqueue = (job) => {
    root.dataset.updating = 'true';
    const done = chain.then(job).catch(fail);
    chain = inflight = done;
    done.then(() => {
      if (chain === done) delete root.dataset.updating;
    });
  };
  enqueue(() => Promise.resolve(first).then((live) => {
    if (!early) values.splice(0, values.length, ...live.values);
    apply(live);
    if (!early) enable(true);
    performance.mark('live');
  }, (err) => {
    enable(false); // no model: no live sliders
    throw err;
  }));
  let waiting = false; // a change not yet sent
  const send = () => {
    waiting = false;
    return Promise.resolve(model.set(values.slice())).then(apply);
  };
  const touch = touchIntent(controls);
  controls.addEventListener('input', (e) => {
    const el = /** @type {HTMLInputElement} */ (e.target);
    const i = Number(el.dataset.index);
    if (!Number.isInteger(i) || touch.undecided(el)) return;
    values[i] = Number(el.value);
    if (waiting) return;
    waiting = true;
    enqueue(send);
  });
  controls.addEventListener('click', (e) => {
    const el = /** @type {HTMLElement} */ (e.target);
    if (el.id === 'copy-link') copyLink(el).catch(fail);
    if (el.id !== 'reset') return;
    enqueue(() => Promise.resolve(model.reset()).then((live) => {
      values.splice(0, values.length, ...live.values);
      apply(live);
    }));
  });
  if (early) enable(true);
}

// touchIntent keeps a finger from changing a slider unless it moves
// sideways: a vertical swipe over the sliders scrolls the page (CSS
// touch-action: pan-y) and a tap on a track does not jump the value. While a
// touch on a slider is undecided its input events are ignored; it is decided
// by a sideways move of 8 px more than the vertical one, and a touch that
// ends (or becomes a scroll) undecided puts the slider back. Mouse, pen and
// keyboard are left as they are.
function touchIntent(controls) {
  let el = null;
  let x = 0;
  let y = 0;
  let before = '';
  let decided = false;
  controls.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'touch' || e.target.type !== 'range') return;
    [el, x, y, before, decided] = [e.target, e.clientX, e.clientY, e.target.value, false];
  });
  controls.addEventListener('pointermove', (e) => {
    if (!el || decided || e.target !== el) return;
    const dx = Math.abs(e.clientX - x);
    if (dx > 8 && dx > Math.abs(e.clientY - y)) {
      decided = true;
      el.dispatchEvent(new Event('input', { bubbles: true })); // the value the finger has reached
    }
  });
  const end = () => {
    if (el && !decided && el.value !== before) el.value = before;
    el = null;
  };
  controls.addEventListener('pointerup', end);
  controls.addEventListener('pointercancel', end);
  return { undecided: (target) => target === el && !decided };
}

// keepInLink puts the scenario in the URL fragment, after the targets' data
// part when they are a reader's own (see link-data.js), so that the address
// is a link to it, once the changes pause (browsers throttle history
// updates, and they cost a few milliseconds), and shows what a link's
// scenario had that could not be used. Own targets too long for a link
// leave the address without a scenario, which would apply to others.
let linkTimer = 0;
let linkHash = null; // the fragment of the latest scenario, when known
let linkData = ''; // the targets' data part, '' for targets the address names, null for none possible
function keepInLink(live) {
  if (typeof live.fragment === 'string') {
    linkHash = linkData === null ? '' : '#' + [linkData, live.fragment].filter(Boolean).join(';');
    if (linkHash === '#') linkHash = '';
    clearTimeout(linkTimer);
    linkTimer = setTimeout(() => {
      if (location.hash !== linkHash) history.replaceState(null, '', linkHash || location.pathname + location.search);
    }, 250);
  }
  if (live.notice) {
    $('notice').textContent = live.notice;
    $('notice').hidden = false;
  }
}

// currentLink is the page's address with the latest scenario (the address
// bar follows it 250 ms late).
export function currentLink() {
  const url = new URL(location.href);
  if (linkHash !== null) url.hash = linkHash;
  return url;
}

// setLinkData says what the address must carry of the targets shown: a
// data part ("d1.…"), '' (the bundled targets, or ?data=), or null when
// they cannot travel in a link.
export function setLinkData(data) {
  linkData = data;
}

// linkable reports whether a link can show the targets shown.
export function linkable() {
  return linkData !== null;
}

// targetsInLink is the data part a link to the targets shown carries
// ("d1.…"; '' when the address names them otherwise), at once: the address
// bar follows a moment later.
export function targetsInLink() {
  return linkData || '';
}

async function copyLink(button) {
  if (!linkable()) {
    $('notice').textContent = button.dataset.tooLong;
    $('notice').hidden = false;
    return;
  }
  await settled(); // with a change just made
  const link = currentLink().href;
  return copy(button, link, () => prompt('', link));
}

// ready keeps the page contract: every chart has drawn its first frame.
export function ready() {
  root.dataset.ready = 'true';
  performance.mark('charts-ready');
  const loading = $('loading');
  if (loading) loading.hidden = true;
}
