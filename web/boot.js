// @ts-check
// boot.js starts compiling the Go program as early as possible, in a
// dedicated Worker (wasm-worker.js) that decompresses and compiles it off
// the page's thread, and leaves the promise of the compiled
// WebAssembly.Module in window.xigongBoot; the page script runs it. Where a
// Worker cannot run, the page decompresses and compiles it itself.
//
// Single file: the module is gzip-compressed and base64-encoded in <script
// type="application/octet-stream" id="xigong-wasm">, the worker's script in
// <script type="text/x-worker" id="xigong-worker"> (run from a blob: URL);
// so is the page in the other language, which the page script inflates with
// window.xigongInflate when asked. Hosted: the script tag carries data-wasm
// and data-worker, the addresses of both.
//
// A classic script, not a module: cmd/assemble bundles it with what it
// imports into one script that defines no global but the window.xigong*
// ones below (web/globals.d.ts).
import { failed, mark } from './contract.js';
import { compileURL, fromBase64, refusedByPolicy } from './wasm-load.js';

// failure is an Error with the page's text of a failure, in its language
// (the data-* attributes of #error; see dom.js).
function failure(name) {
  var box = document.getElementById('error');
  return new Error((box && box.dataset[name]) || name);
}
function inflate(bytes, what) {
  if (typeof DecompressionStream !== 'function') return Promise.reject(failure('noDecompress'));
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer().catch(function () {
    throw failure(what);
  });
}
// The page script inflates the other language of the single file with it;
// what names the failure to report when it does not inflate.
window.xigongInflate = function (text, what) { return inflate(fromBase64(text), what); };

var script = document.currentScript;
var block = document.getElementById('xigong-wasm');
var code = document.getElementById('xigong-worker');
var url = script && script.dataset.wasm && new URL(script.dataset.wasm, location.href).href;
// here compiles the module on the page's thread.
function here() {
  if (typeof WebAssembly !== 'object') return Promise.reject(failure('noWasm'));
  if (block) {
    return inflate(fromBase64(block.textContent), 'moduleDamaged').then(function (b) { return WebAssembly.compile(b); });
  }
  if (!url) return Promise.reject(failure('noModule'));
  return compileURL(url);
}
// inWorker compiles it in a Worker, or falls back to here.
function inWorker() {
  var src = code ? URL.createObjectURL(new Blob([code.textContent], { type: 'text/javascript' })) : script && script.dataset.worker;
  if (typeof Worker !== 'function' || !src || (!block && !url)) return here();
  return new Promise(function (resolve, reject) {
    var worker;
    try {
      worker = new Worker(src);
    } catch (e) {
      resolve(here());
      return;
    }
    worker.onmessage = function (e) {
      worker.terminate();
      if (e.data.module) resolve(e.data.module);
      else reject(failure(e.data.failed));
    };
    // The worker's script refused (a policy) or broken: compile here.
    worker.onerror = function (e) {
      e.preventDefault();
      worker.terminate();
      resolve(here());
    };
    worker.postMessage(block ? { text: block.textContent } : { url: url });
  });
}
// show puts a failure in #error, where the page script is not there to;
// the single file's runner of its scripts reports with it too.
function show(message) {
  var box = document.getElementById('error');
  var loading = document.getElementById('loading');
  if (loading) loading.hidden = true;
  if (!box) return;
  box.textContent = (box.dataset.prefix || '') + message;
  box.hidden = false;
  failed();
}
window.xigongFail = show;
// When the page has loaded and the page script never ran (blocked, or
// failed to load), say so instead of "loading" forever; in the single
// file, once its runner has run the scripts still to come
// (window.xigongLater, which reports its own failure).
window.addEventListener('load', function () {
  Promise.resolve(window.xigongLater).then(function () {
    if (!window.xigongStarted) show(failure('noScript').message);
  }, function () {});
});
window.xigongBoot = inWorker().then(function (m) {
  mark('xigong:compiled');
  return m;
}, function (err) {
  throw refusedByPolicy(err) ? failure('wasmRefused') : err;
});
// The page reports the failure; keep the browser from logging it twice.
window.xigongBoot.catch(function () {});
