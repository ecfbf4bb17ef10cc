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
  function fromBase64(text) {
    text = text.replace(/\s+/g, '');
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
    var bin = atob(text), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function inflate(bytes, what) {
    if (typeof DecompressionStream !== 'function') {
      return Promise.reject(new Error('this browser cannot decompress the page (no DecompressionStream)'));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().catch(function () {
      throw new Error(what + ' inside this file is damaged (it does not decompress)');
    });
  }
  // The page script inflates the other language of the single file with it.
  window.xigongInflate = function (text, what) { return inflate(fromBase64(text), what); };
  function load() {
    if (typeof WebAssembly !== 'object') return Promise.reject(new Error('this browser has no WebAssembly'));
    var block = document.getElementById('xigong-wasm');
    if (block) {
      return inflate(fromBase64(block.textContent), 'the module').then(function (b) {
        performance.mark('xigong:inflated');
        return WebAssembly.compile(b);
      });
    }
    var url = document.currentScript && document.currentScript.dataset.wasm;
    if (!url) return Promise.reject(new Error('no WebAssembly module on the page'));
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
    box.textContent = (box.dataset.prefix || '') + 'the page script did not run (blocked, or failed to load)';
    box.hidden = false;
    document.documentElement.dataset.error = 'true';
  });
  window.xigongBoot = load().then(function (m) {
    performance.mark('xigong:compiled');
    return m;
  });
  // The page reports the failure; keep the browser from logging it twice.
  window.xigongBoot.catch(function () {});
})();
