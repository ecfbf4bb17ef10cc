// app.js draws the charts and wires the sliders. All numbers, texts and chart
// options come from the Go program (globalThis.xigong); this file only moves
// them into the page.
//
// Page contract: when every chart has drawn its first frame with data, the
// page calls performance.mark('charts-ready') and sets data-ready="true" on
// <html>; after each scenario change has been applied to every chart it
// calls performance.mark('charts-updated').
import echarts from './echarts.js';

const root = document.documentElement;
const $ = (id) => document.getElementById(id);

// fail shows a readable message instead of a blank or half-drawn page.
function fail(err) {
  const box = $('error');
  const prefix = box.dataset.prefix || '';
  box.textContent = prefix + (err && err.message ? err.message : String(err));
  box.hidden = false;
  root.dataset.error = 'true';
}
window.addEventListener('error', (e) => fail(e.error || e.message));
window.addEventListener('unhandledrejection', (e) => fail(e.reason));

// call invokes a function of the Go program and decodes its JSON answer.
function call(name, ...args) {
  const out = JSON.parse(globalThis.xigong[name](...args));
  if (out.error) throw new Error(out.error);
  return out;
}

function pageLang() {
  const lang = new URLSearchParams(location.search).get('lang');
  return lang === 'en' ? 'en' : 'zh';
}

async function startGo() {
  if (!window.xigongBoot) throw new Error('boot.js did not run');
  const module = await window.xigongBoot;
  const go = new Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  go.run(instance).then(() => fail(new Error('the Go program stopped')));
  if (!globalThis.xigong) throw new Error(globalThis.xigongError || 'the Go program did not start');
}

// setText changes an element's text only when it differs.
function setText(el, text) {
  if (el && el.textContent !== text) el.textContent = text;
}

// applyLive writes the live state (readouts, verdicts, table cells, summary).
function applyLive(live) {
  setText($('summary-count'), live.summary);
  setText($('summary-missed'), live.missed);
  setText($('summary-follows'), live.follows);
  live.rows.forEach((row, i) => {
    const slider = $('s-' + row.id);
    if (slider) {
      if (+slider.value !== live.values[i]) slider.value = live.values[i];
      slider.setAttribute('aria-valuetext', row.value);
    }
    setText($('o-' + row.id), row.value);
    const verdict = $('v-' + row.id);
    if (verdict) {
      setText(verdict, row.verdict);
      verdict.className = 'verdict ' + (row.met ? 'met' : 'missed');
    }
    const tr = document.querySelector('#targets-table tr[data-id="' + CSS.escape(row.id) + '"]');
    if (tr) {
      setText(tr.querySelector('.t-value'), row.value);
      const cell = tr.querySelector('.t-verdict');
      setText(cell, row.verdict.split(/[，,]/)[0]);
      cell.className = 't-verdict verdict ' + (row.met ? 'met' : 'missed');
      setText(tr.querySelector('.t-margin'), row.margin);
    }
  });
}

// applyStatic replaces the prerendered page when it was built in another
// language than the one asked for.
function applyStatic(st) {
  if (root.lang === st.htmlLang) return;
  root.lang = st.htmlLang;
  document.title = st.title;
  $('page').innerHTML = st.body;
}

// drawCharts creates every chart and resolves once each has drawn a frame.
function drawCharts(options) {
  const reduced = window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const charts = new Map();
  const frames = options.map(({ id, option }) => new Promise((resolve) => {
    const el = $('chart-' + id);
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.on('rendered', function once() {
      chart.off('rendered', once);
      resolve();
    });
    if (reduced) option.animation = false;
    chart.setOption(option);
    charts.set(id, chart);
    new ResizeObserver(() => chart.resize()).observe(el);
  }));
  return Promise.all(frames).then(() => charts);
}

// wire connects the sliders and the reset button. Input is coalesced: any
// number of input events in one task make one update.
function wire(charts, values) {
  let scheduled = false;
  const apply = (live) => {
    applyLive(live);
    for (const { id, option } of live.charts) charts.get(id)?.setOption(option);
    performance.mark('charts-updated');
  };
  const flush = () => {
    scheduled = false;
    try {
      apply(call('set', JSON.stringify(values)));
    } catch (err) {
      fail(err);
    }
  };
  const controls = $('controls');
  controls.addEventListener('input', (e) => {
    const i = Number(e.target.dataset.index);
    if (!Number.isInteger(i)) return;
    values[i] = Number(e.target.value);
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(flush);
    }
  });
  controls.addEventListener('click', (e) => {
    if (e.target.id !== 'reset') return;
    try {
      const live = call('reset');
      values.splice(0, values.length, ...live.values);
      apply(live);
    } catch (err) {
      fail(err);
    }
  });
  for (const el of controls.querySelectorAll('input, button')) el.disabled = false;
}

async function main() {
  await startGo();
  const init = call('init', pageLang());
  applyStatic(init.static);
  applyLive(init.live);
  const charts = await drawCharts(init.options);
  wire(charts, init.live.values.slice());
  root.dataset.ready = 'true';
  performance.mark('charts-ready');
  const loading = $('loading');
  if (loading) loading.hidden = true;
}

main().catch(fail);
