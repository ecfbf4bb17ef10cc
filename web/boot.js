// boot.js starts compiling the Go program as early as possible, while the
// browser still parses ECharts, and leaves the promise of a compiled
// WebAssembly.Module in window.xigongBoot.
//
// Single file: the module is gzip-compressed and base64-encoded in
// <script type="application/octet-stream" id="xigong-wasm">; so is the page
// in the other language, which the page script inflates with
// window.xigongInflate when asked. Hosted: the script tag carries
// data-wasm="<url of the .wasm>".
(function () {
  'use strict';
  // failure is an Error with the page's text of a failure, in its language
  // (the data-* attributes of #error; see dom.js).
  function failure(name) {
    var box = document.getElementById('error');
    return new Error((box && box.dataset[name]) || name);
  }
  function fromBase64(text) {
    text = text.replace(/\s+/g, '');
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
    var bin = atob(text), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function inflate(bytes, what) {
    if (typeof DecompressionStream !== 'function') {
      return Promise.reject(failure('noDecompress'));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().catch(function () {
      throw failure(what);
    });
  }
  // The page script inflates the other language of the single file with it;
  // what names the failure to report when it does not inflate.
  window.xigongInflate = function (text, what) { return inflate(fromBase64(text), what); };
  function load() {
    if (typeof WebAssembly !== 'object') return Promise.reject(failure('noWasm'));
    var block = document.getElementById('xigong-wasm');
    if (block) {
      return inflate(fromBase64(block.textContent), 'moduleDamaged').then(function (b) {
        performance.mark('xigong:inflated');
        return WebAssembly.compile(b);
      });
    }
    var url = document.currentScript && document.currentScript.dataset.wasm;
    if (!url) return Promise.reject(failure('noModule'));
    var response = fetch(url);
    if (typeof WebAssembly.compileStreaming === 'function') {
      return WebAssembly.compileStreaming(response).catch(function () {
        // Served with another Content-Type: compile from the bytes.
        return fetch(url).then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); });
      });
    }
    return response.then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); });
  }
  // When the page has loaded and the page script never ran (blocked, or
  // failed to load), say so instead of "loading" forever.
  window.addEventListener('load', function () {
    if (window.xigongStarted) return;
    var box = document.getElementById('error');
    var loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
    if (!box) return;
    box.textContent = (box.dataset.prefix || '') + failure('noScript').message;
    box.hidden = false;
    document.documentElement.dataset.error = 'true';
  });
  window.xigongBoot = load().then(function (m) {
    performance.mark('xigong:compiled');
    return m;
  }, function (err) {
    // A page policy without 'wasm-unsafe-eval' refuses to compile; browsers
    // say so only in the error's (English) text.
    throw /Content.Security/i.test(String(err && err.message)) ? failure('wasmRefused') : err;
  });
  // The page reports the failure; keep the browser from logging it twice.
  window.xigongBoot.catch(function () {});
})();
