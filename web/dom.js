// @ts-check
// dom.js writes the page's live state; shared by the page and the benchmark's
// plain-JavaScript reference page, so that both do the same DOM work.

import { failed } from './contract.js';

export const root = document.documentElement;
export const $ = (id) => document.getElementById(id);

// failure is an Error whose message is the page's text of a failure, in
// its language: name is its data-* attribute on #error (see view's
// failures); %s in it is replaced by arg.
export function failure(name, arg = '') {
  const box = $('error');
  return new Error(((box && box.dataset[name]) || name).replace('%s', arg));
}

// fail shows a readable message instead of a blank or half-drawn page.
export function fail(err) {
  const box = $('error');
  const prefix = box.dataset.prefix || '';
  box.textContent = prefix + (err && err.message ? err.message : String(err));
  box.hidden = false;
  failed();
  const loading = $('loading');
  if (loading) loading.hidden = true;
}
// setText changes an element's text only when it differs.
function setText(el, text) {
  if (el && el.textContent !== text) el.textContent = text;
}

// liveElements finds, once for the page now shown, the elements the live
// state writes besides those found by id: the sliders, the cells of every
// table row of an indicator (the targets table and each chart's "view
// data"), the plan's marks of its verdict, and the projection's computed
// cells.
export function liveElements() {
  const rows = new Map();
  const of = (id) => {
    if (!rows.has(id)) rows.set(id, { cells: [], marks: [] });
    return rows.get(id);
  };
  for (const tr of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('tr[data-id]'))) {
    of(tr.dataset.id).cells.push({
      value: tr.querySelector('.t-value'), verdict: tr.querySelector('.t-verdict'), margin: tr.querySelector('.t-margin'),
    });
  }
  for (const mark of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-verdict-for]'))) of(mark.dataset.verdictFor).marks.push(mark);
  const projected = new Map();
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-projected]'))) projected.set(el.dataset.projected, el);
  // The sliders by indicator index, the order of the live state's values.
  const sliders = [];
  for (const el of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('#controls input[type=range]'))) sliders[+el.dataset.index] = el;
  return { rows, projected, sliders };
}

// applyLive writes the live state (slider positions; readouts, verdicts and
// table cells of the rows it has, those of the indicators changed; summary)
// into the page, whose other elements liveElements found.
export function applyLive(live, found) {
  setText($('summary-count'), live.summary);
  setText($('summary-missed'), live.missed);
  setText($('summary-follows'), live.follows);
  live.values.forEach((value, i) => {
    const slider = found.sliders[i];
    if (slider && +slider.value !== value) slider.value = value;
  });
  for (const row of live.rows) {
    $('s-' + row.id)?.setAttribute('aria-valuetext', row.value);
    setText($('o-' + row.id), row.value);
    const verdict = $('v-' + row.id);
    if (verdict) {
      setText(verdict, row.verdict);
      verdict.className = 'verdict ' + (row.met ? 'met' : 'missed');
    }
    const el = found.rows.get(row.id);
    if (!el) continue;
    for (const cell of el.cells) {
      setText(cell.value, row.value);
      setText(cell.verdict, row.verdict.split(/[，,]/)[0]);
      cell.verdict.className = 't-verdict verdict ' + (row.met ? 'met' : 'missed');
      setText(cell.margin, row.margin);
    }
    for (const mark of el.marks) {
      setText(mark, row.met ? '✓' : '✗');
      mark.className = 'verdict ' + (row.met ? 'met' : 'missed');
    }
  }
  for (const p of live.projected) setText(found.projected.get(p.key), p.value);
}

// copy puts text on the clipboard and says so on button (its data-done) for
// a moment; where the clipboard is refused, byHand lets the reader copy.
export async function copy(button, text, byHand) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    byHand();
    return;
  }
  const label = button.textContent;
  button.textContent = button.dataset.done;
  setTimeout(() => { button.textContent = label; }, 1500);
}
