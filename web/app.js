// app.js draws the charts and wires the sliders. All numbers, texts and chart
// options come from the Go program (globalThis.xigong); this file only moves
// them into the page.
//
// Page contract: when every chart has drawn its first frame with data, the
// page calls performance.mark('charts-ready') and sets data-ready="true" on
// <html>; after each scenario change has been applied to every chart it
// calls performance.mark('charts-updated').
import { $, applyLive, fail, root } from './dom.js';
import { drawCharts, ready, wire } from './page.js';

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

// applyStatic replaces the prerendered page when it was built in another
// language than the one asked for.
function applyStatic(st) {
  if (root.lang === st.htmlLang) return;
  root.lang = st.htmlLang;
  document.title = st.title;
  $('page').innerHTML = st.body;
}

async function main() {
  await startGo();
  const init = call('init', pageLang());
  applyStatic(init.static);
  applyLive(init.live);
  const charts = await drawCharts(init.options);
  wire(charts, init.live.values.slice(), {
    set: (values) => call('set', JSON.stringify(values)),
    reset: () => call('reset'),
  });
  ready();
}

main().catch(fail);
