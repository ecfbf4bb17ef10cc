// check.mjs runs the page's core checks in another browser engine: Firefox
// (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi) or
// Safari's engine (Debian's WebKitWebDriver, plain W3C WebDriver over HTTP;
// run it under xvfb-run). e2e/engines_test.go runs it:
//
//   node e2e/engines/check.mjs firefox|webkit FILE_URL HOSTED_URL
//
// It prints one line a check and exits 1 if any fails.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const [engine, fileURL, hostedURL] = process.argv.slice(2);

// A driver navigates, evaluates an async function body (its return value
// comes back), and presses a key in an element.
async function firefox() {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'zh-CN' },
  });
  const page = await browser.newPage();
  return {
    go: (url) => page.goto(url),
    run: (body) => page.evaluate(`(async () => { ${body} })()`),
    key: async (selector, key) => { await page.focus(selector); await page.keyboard.press(key); },
    close: () => browser.close(),
  };
}

async function webkit() {
  const port = 4444 + Math.floor(Math.random() * 1000);
  const server = spawn('WebKitWebDriver', ['--port=' + port], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    const out = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(out.value).slice(0, 300)}`);
    return out.value;
  };
  let session;
  for (let i = 0; ; i++) {
    try {
      session = await call('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } } });
      break;
    } catch (err) {
      if (i > 50) throw err;
      await sleep(200);
    }
  }
  const s = '/session/' + session.sessionId;
  const KEYS = { ArrowLeft: '\uE012' };
  return {
    go: (url) => call('POST', s + '/url', { url }),
    run: (body) => call('POST', s + '/execute/async', { script: `const done = arguments[arguments.length - 1]; (async () => { ${body} })().then(done, (e) => done('error: ' + e))`, args: [] }),
    key: async (selector, key) => {
      const el = await call('POST', s + '/element', { using: 'css selector', value: selector });
      await call('POST', s + '/element/' + Object.values(el)[0] + '/value', { text: KEYS[key] });
    },
    close: async () => { await call('DELETE', s).catch(() => {}); server.kill(); },
  };
}

// ready waits for the page contract: charts drawn and sliders working.
const ready = `for (let i = 0; i < 300; i++) {
  if (document.documentElement.dataset.error === 'true') return 'error: ' + document.getElementById('error').textContent;
  if (document.documentElement.dataset.ready === 'true' && performance.getEntriesByName('interactive').length) return 'ready';
  await new Promise((r) => setTimeout(r, 50));
}
return 'not ready';`;

const checks = [
  ['the single file offline draws its charts and starts its sliders', fileURL, async (d) => {
    const state = await d.run(ready);
    const charts = await d.run(`return document.querySelectorAll('.chart-box svg').length`);
    return state === 'ready' && charts === 4 ? '' : `state ${state}, ${charts} charts`;
  }],
  ['a key on a slider updates the charts and the summary', fileURL, async (d) => {
    await d.run(ready);
    const before = await d.run(`return (performance.getEntriesByName('charts-updated').at(-1) || {startTime: 0}).startTime`);
    await d.key('#s-gdp', 'ArrowLeft');
    const got = await d.run(`for (let i = 0; i < 100; i++) { const m = performance.getEntriesByName('charts-updated').at(-1);
      if (m && m.startTime > ${before}) return [document.getElementById('s-gdp').value, document.getElementById('summary-count').textContent,
        document.getElementById('chart-growth').getAttribute('aria-label').includes('情景 10.4%')].join('|');
      await new Promise((r) => setTimeout(r, 50)); } return 'no update'`);
    return got === '10.4|情景达标 9 / 10 项|true' ? '' : got;
  }],
  ['?lang=en is in English', fileURL + '?lang=en', async (d) => {
    await d.run(ready);
    const got = await d.run(`return document.documentElement.lang + '|' + document.getElementById('summary-count').textContent`);
    return got === 'en|The scenario meets 10 of 10 targets' ? '' : got;
  }],
  ['?chart= shows one chart', fileURL + '?chart=unemployment', async (d) => {
    await d.run(ready);
    const got = await d.run(`return [...document.querySelectorAll('.chart')].filter((e) => e.offsetParent !== null).map((e) => e.id).join(' ')`);
    return got === 'fig-unemployment' ? '' : got;
  }],
  ['a scenario link restores its scenario', fileURL + '#v1:gdp=9', async (d) => {
    await d.run(ready);
    const got = await d.run(`return document.getElementById('s-gdp').value + '|' + document.getElementById('summary-count').textContent`);
    return got === '9|情景达标 9 / 10 项' ? '' : got;
  }],
  ['the hosted build works under its strict policy', hostedURL, async (d) => {
    const state = await d.run(ready);
    const charts = await d.run(`return document.querySelectorAll('.chart-box svg').length`);
    return state === 'ready' && charts === 4 ? '' : `state ${state}, ${charts} charts`;
  }],
];

const d = await (engine === 'firefox' ? firefox() : webkit());
let failed = 0;
try {
  for (const [name, url, check] of checks) {
    await d.go(url);
    let problem;
    try {
      problem = await check(d);
    } catch (err) {
      problem = String(err);
    }
    console.log((problem ? 'FAIL ' : 'ok   ') + engine + ': ' + name + (problem ? ': ' + problem : ''));
    if (problem) failed++;
  }
} finally {
  await d.close();
}
process.exit(failed ? 1 : 0);
