// @ts-check
// updates.js connects the sliders and the reset button to the model: the
// queue of updates, one at a time and in order, and settled(), which waits
// for it. Shared by the page and the benchmark's plain-JavaScript reference
// page, so that both do the same work around their models.
import { isUpdating, mark, updating } from './contract.js';
import { $, applyLive, fail, liveElements } from './dom.js';
import { copyLink, keepInLink } from './link.js';
import { touchIntent } from './touch.js';

// inflight is the latest update sent to the model.
let inflight = Promise.resolve();

// settled resolves when every change made so far has been applied.
export async function settled() {
  while (isUpdating()) await inflight;
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
    mark('charts-updated');
  };
  const enable = (on) => {
    for (const el of /** @type {NodeListOf<HTMLInputElement | HTMLButtonElement>} */ (controls.querySelectorAll('input, button'))) el.disabled = !on;
    if (on) mark('interactive');
  };
  let chain = Promise.resolve();
  const enqueue = (job) => {
    updating(true);
    const done = chain.then(job).catch(fail);
    chain = inflight = done;
    done.then(() => {
      if (chain === done) updating(false);
    });
  };
  enqueue(() => Promise.resolve(first).then((live) => {
    if (!early) values.splice(0, values.length, ...live.values);
    apply(live);
    if (!early) enable(true);
    mark('live');
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
    if (el.id === 'copy-link') copyLink(el, settled).catch(fail);
    if (el.id !== 'reset') return;
    enqueue(() => Promise.resolve(model.reset()).then((live) => {
      values.splice(0, values.length, ...live.values);
      apply(live);
    }));
  });
  if (early) enable(true);
}
