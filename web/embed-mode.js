// @ts-check
// embed-mode.js reads the page's URL parameters and applies the view they
// ask for: one chart alone (chart=ID, controls=0), a language (lang=zh|en,
// else the browser's, Chinese otherwise) and a theme (theme=light|dark|auto).
// Inside an iframe opened by embed.js (embed=ID) it reports its height to the
// host page. Unknown or malformed values are ignored.
import { ID } from './constants.js';
import { $, root } from './dom.js';

const EMBED_ID = /^[A-Za-z0-9_-]{1,32}$/;

// params returns the page's parameters, checked.
export function params() {
  const q = new URLSearchParams(location.search.slice(0, 512));
  const pick = (name, ok) => { const v = q.get(name); return v !== null && ok(v) ? v : ''; };
  const browser = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return {
    lang: pick('lang', (v) => v === 'zh' || v === 'en') || (/^en\b/i.test(browser) ? 'en' : 'zh'),
    chart: pick('chart', (v) => ID.test(v)),
    controls: q.get('controls') !== '0',
    theme: pick('theme', (v) => v === 'light' || v === 'dark' || v === 'auto') || 'light',
    embed: pick('embed', (v) => EMBED_ID.test(v)),
  };
}

// applyTheme sets data-theme on <html>, following the system for "auto".
export function applyTheme(theme) {
  if (theme !== 'auto') {
    root.dataset.theme = theme;
    return;
  }
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const set = () => { root.dataset.theme = dark.matches ? 'dark' : 'light'; };
  set();
  dark.addEventListener('change', set);
}

// showOnly shows chart id alone, with the sliders of the indicators it shows
// unless controls is false. It returns what it shows: 'page' (no id asked),
// 'chart', or 'missing' when these targets have no such chart: then it
// says so instead of any chart (an embed of other targets' chart must never
// show the whole page), with a link to the whole page.
export function showOnly(id, controls) {
  if (!id) {
    delete root.dataset.chart; // set by first.js from the address
    delete root.dataset.controls;
    return 'page';
  }
  const missing = !$('fig-' + id);
  root.dataset.chart = id;
  if (!controls) root.dataset.controls = 'off';
  for (const fig of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#figures .chart'))) fig.hidden = fig.id !== 'fig-' + id;
  for (const row of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#controls .slider'))) {
    row.hidden = missing || !row.dataset.charts.split(' ').includes(id);
  }
  // A chart's pair goes when nothing of it is shown.
  for (const pair of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#figures .pair'))) {
    pair.hidden = !pair.querySelector('.chart:not([hidden])') && !(controls && pair.querySelector('.slider:not([hidden])'));
  }
  for (const buttons of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#controls .buttons'))) buttons.hidden = missing;
  const box = $('no-chart');
  if (box) {
    box.hidden = !missing;
    if (missing) {
      const whole = new URL(location.href);
      for (const k of ['chart', 'controls', 'embed']) whole.searchParams.delete(k);
      const a = document.createElement('a');
      a.href = whole.href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = box.dataset.whole;
      box.replaceChildren(box.dataset.text.replace('%s', id) + ' ', a);
    }
  }
  return missing ? 'missing' : 'chart';
}

// reportHeight tells the host page the document's height now and whenever
// it changes; call it once what is shown is in place (the first call starts
// watching). Only the height and the embed id are sent.
let post = null;
export function reportHeight(embedID) {
  if (!embedID || window.parent === window) return;
  if (!post) {
    let last = 0;
    post = () => {
      const h = Math.ceil(root.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      window.parent.postMessage({ type: 'xigong:height', id: embedID, height: h }, '*');
    };
    new ResizeObserver(post).observe(root);
  }
  post();
}
