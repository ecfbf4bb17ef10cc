// @ts-check
// app.js shows the page. The charts are drawn from the options prerendered
// at build time (by the same Go code), one a task, over the drawings the
// build put in the page, while boot.js has the Go program compiled in a
// Worker; then the program starts and computes every scenario change. All
// numbers, texts and chart options come from Go; this file only moves them
// into the page.
// It keeps the page contract (contract.js).
import { answersAhead } from './ahead.js';
import { mark } from './contract.js';
import { $, fail, failure, root } from './dom.js';
import { applyTheme, params, reportHeight, showOnly } from './embed-mode.js';
import { wireDownloads } from './downloads.js';
import { wireEmbedPanel } from './embed-panel.js';
import { MAX_DATA, MAX_FRAGMENT, MAX_SIZE } from './constants.js';
import { dataParam, message, refuseLarge, showDataErrors, wireDataPanel, wireDrop } from './own-data.js';
import { disposeCharts, drawCharts, ready } from './charts.js';
import { currentLink, linkable, setLinkData } from './link.js';
import { settled, wire } from './updates.js';
import { pack, splitHash, unpack } from './link-data.js';
import { wirePlan } from './plan.js';
import { readReport, wireReportPanel } from './report.js';
import { wireDesk } from './desk.js';
import { wireIndex } from './find.js';

window.xigongStarted = true; // see boot.js
window.addEventListener('error', (e) => {
  // Browsers report a ResizeObserver whose callbacks changed the layout again
  // as an error event; it is a notice, not a failure.
  if (!e.error && /ResizeObserver loop/.test(e.message)) return;
  fail(e.error || e.message);
});
window.addEventListener('unhandledrejection', (e) => fail(e.reason));

// callGo invokes a function of the Go program and decodes its JSON answer;
// call does, after committing a slider's move answered ahead (ahead.js).
function callGo(name, ...args) {
  const out = JSON.parse(globalThis.xigong[name](...args));
  if (out.error) throw new Error(out.error);
  return out;
}
const ahead = answersAhead(callGo);
const call = ahead.call;

// bounded cuts a link's scenario part to what the Go program reads of it: at
// most MAX_FRAGMENT characters, one more telling it that the part is longer
// (it then ignores the part and says so).
const bounded = (scenario) => scenario.slice(0, MAX_FRAGMENT + 1);

// startGo runs the Go program on the page's thread, once boot.js has
// compiled it (in a Worker) and the page has painted.
async function startGo() {
  if (!window.xigongBoot) throw failure('noBoot');
  const module = await window.xigongBoot;
  const go = new Go();
  go.env = { GOGC: '25' }; // see wasm/main.go
  const instance = await WebAssembly.instantiate(module, go.importObject);
  go.run(instance).then(() => fail(failure('goStopped')));
  mark('xigong:started');
  if (!globalThis.xigong) throw failure('goNotStarted');
}

// The options of each language's bundled page are kept once shown: the page
// in #page may be shown again (a reader's file that cannot be shown leaves
// it), and the single file's block holds those of the built language only.
const optionsOf = new Map();

// showLanguage swaps in the page prerendered in lang, when it is not the one
// shown (inflated from its block in the single file, or, hosted, fetched
// from the file its template names), and returns the charts' options in
// lang.
async function showLanguage(lang) {
  const block = $('xigong-options');
  let options = optionsOf.get(lang) || (block && JSON.parse(block.textContent)[lang]);
  const htmlLang = lang === 'en' ? 'en' : 'zh-CN';
  if (root.lang !== htmlLang) {
    const alt = $('page-' + lang);
    if (!alt) throw failure('noLang');
    let page;
    if (alt.dataset.src) {
      const response = await fetch(alt.dataset.src);
      if (!response.ok) throw failure('langFetch', String(response.status));
      page = await response.json();
    } else {
      page = JSON.parse(new TextDecoder().decode(await window.xigongInflate(alt.textContent, 'pageDamaged')));
    }
    $('page').innerHTML = page.body; // escaped by the Go build
    options = page.options;
    optionsOf.set(lang, options);
    root.lang = htmlLang;
    document.title = alt.dataset.title;
  }
  if (!options) throw failure('noOptions');
  return options;
}

// shown are the charts of the page now in #page.
let shown = new Map();

// skeletons are the data-free options of each kind of chart, from which the
// Go program makes the options of a reader's targets.
const skeletons = () => $('xigong-skeletons').textContent;

// show draws the page now in #page, alone or all of it, and resolves with
// its charts once each has drawn a frame; lazy draws each in a task of its
// own, over the build's drawing of it (see drawCharts).
async function show(options, p, lazy = false) {
  const what = showOnly(p.chart, p.controls);
  reportHeight(p.embed); // the height of what is shown, once it is shown
  wireEmbedPanel();
  wirePlan();
  shown = await drawCharts(what === 'page' ? options : options.filter((o) => o.id === p.chart), lazy);
  ready();
  return shown;
}

// up resolves once the Go program is up and has answered the page's first
// state: what a reader asks of it before then (reads a report, picks a
// file, downloads the CSV) waits for it, as the sliders' changes do.
let up = new Promise(() => {});

// connect gives the page's controls to the Go program, from its first live
// state (or a promise of it: see updates.js's wire, and early).
function connect(charts, first, p, early = false) {
  up = Promise.resolve(first);
  wire(charts, first, { set: ahead.set, reset: () => call('reset') }, early);
  ahead.watch($('controls'), first);
  wireDownloads(charts, async () => (await up, call('csv').csv), fail, async () => {
    await settled(); // with a change just made
    return linkable() ? currentLink().href : null;
  }, (text) => call('qr', text));
  wireDataPanel((text) => take(text, p));
  wireReportPanel((text, year, region) => call('read', text, year, region), (file) => load(file, p).catch(fail), () => own, up);
  wireIndex();
  wireDesk((c) => call('correct', own, JSON.stringify(c)), (file, done) => load(file, p).then((ok) => ok && done()).catch(fail));
  const other = $('lang-switch');
  if (other) {
    // Switch language, keeping the other parameters and the scenario: by
    // loading the page in the other language, or, showing a reader's own
    // targets (which a new page would not have), in this page.
    other.addEventListener('click', (e) => {
      e.preventDefault();
      const lang = p.lang === 'en' ? 'zh' : 'en';
      if (own !== null) {
        relanguage(lang, p).catch(fail);
        return;
      }
      settled().then(() => {
        const url = currentLink(); // with a change just made
        url.searchParams.set('lang', lang);
        location.assign(url.href);
      });
    });
  }
}

// own is the text of the reader's targets file shown, or null.
let own = null;

// take shows a file a reader picked or dropped: a targets file (JSON), or
// else a report's words, which the report panel reads.
function take(text, p) {
  if (!text.trimStart().startsWith('{')) {
    readReport(text);
    return;
  }
  up.then(() => load(text, p)).catch(fail);
}

// relanguage shows the reader's own targets in lang, with the scenario shown.
async function relanguage(lang, p) {
  await settled(); // a change just made goes with it
  const url = currentLink();
  disposeCharts(shown);
  // Not the bundled page in lang (showLanguage): a page opened in English
  // has no Chinese version of it but the one it replaced; the Go program
  // makes the whole page of the reader's targets in lang.
  root.lang = lang === 'en' ? 'en' : 'zh-CN';
  call('init', lang, '', own); // the Go program now speaks lang: load makes the page in it
  const out = call('load', own, skeletons());
  $('page').innerHTML = out.static.body; // escaped by the Go program
  document.title = out.static.title;
  p.lang = lang;
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url.href);
  connect(await show(out.options, p), call('init', lang, bounded(splitHash(url.hash).scenario), own), p);
}

// load shows the targets of a reader's file, at the scenario of a link made
// for them (none: at the targets), or lists why it cannot; it resolves with
// whether they are shown. data is what the address carries of them (see
// setLinkData): made from the text unless given.
/**
 * @param {string} text
 * @param {ReturnType<typeof params>} p
 * @param {{scenario?: string, data?: string}} [link]
 */
async function load(text, p, { scenario = '', data } = {}) {
  if (text.length > MAX_SIZE) {
    refuseLarge();
    return false;
  }
  const out = call('load', text, skeletons());
  if (out.errors) {
    showDataErrors(out.errors);
    return false;
  }
  own = text;
  setLinkData(data !== undefined ? data : await pack(text));
  disposeCharts(shown);
  $('page').innerHTML = out.static.body; // escaped by the Go program
  document.title = out.static.title;
  const charts = await show(out.options, p);
  connect(charts, scenario ? call('init', p.lang, bounded(scenario), text) : out.live, p);
  return true;
}

// otherTargets reads the targets a link names instead of the bundled ones:
// carried in its fragment, or at ?data=<url>. It resolves with their text,
// or null and why not.
async function otherTargets(link, data) {
  if (link.data) {
    try {
      return { text: await unpack(link.data) };
    } catch {
      return { text: null, why: $('notice').dataset.linkBroken };
    }
  }
  const response = await fetch(data.url);
  if (!response.ok) return { text: null, why: message('fetchFailed', String(response.status)) };
  return { text: await response.text() };
}

async function main() {
  const p = params();
  applyTheme(p.theme);
  // At most "#", a data part, ";" and a scenario part (see bounded).
  const link = splitHash(location.hash.slice(0, 1 + MAX_DATA + 1 + MAX_FRAGMENT + 1));
  const data = dataParam();
  const bundled = $('xigong-targets').textContent;
  if (!link.data && !data.url) {
    // The first state is asked for at once and answered when the program
    // is up; the live charts are drawn meanwhile. With no scenario in the
    // address the page shows that state already (as the build drew it):
    // the sliders take changes at once, and changes wait for both.
    const options = await showLanguage(p.lang);
    const charts = new Map();
    let drawn = null;
    const first = new Promise((resolve) => setTimeout(resolve))
      .then(() => drawn)
      .then(startGo)
      .then(() => call('init', p.lang, bounded(link.scenario), bundled));
    connect(charts, first, p, !link.scenario);
    drawn = show(options, p, true).then((live) => {
      for (const [id, chart] of live) charts.set(id, chart);
    });
  } else {
    // A link to other targets: nothing of the bundled ones is drawn (first.js
    // hid the page), and its scenario is theirs.
    $('page').hidden = true;
    delete root.dataset.other;
    await showLanguage(p.lang);
    await startGo();
    call('init', p.lang, '', bundled);
    const other = await otherTargets(link, data);
    const shown = other.text !== null && await load(other.text, p, { scenario: link.scenario, data: link.data });
    $('page').hidden = false;
    if (!shown) {
      connect(await show(await showLanguage(p.lang), p), call('init', p.lang, '', bundled), p);
      if (link.data && other.why) {
        $('notice').textContent = other.why;
        $('notice').hidden = false;
      }
      if (other.why && !link.data) showDataErrors([other.why]);
    }
  }
  wireDrop((text) => take(text, p));
  if (data.error) showDataErrors([message(data.error)]);
}

main().catch(fail);
