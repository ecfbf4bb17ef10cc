// boot.js starts the Go program as early as possible, in a dedicated Worker
// (go-worker.js), so that neither its decompression and compilation nor any
// call into it takes the page's thread while the page draws its charts and
// answers the reader. window.xigongGo is the door to it:
//
//	call(name, args)  resolves with the JSON text xigong[name](...args) returns
//	memory()          resolves with the size of the program's memory, in bytes
//	onfail            is called with an Error when the program stops or cannot start
//
// Single file: the module is gzip-compressed and base64-encoded in <script
// type="application/octet-stream" id="xigong-wasm">, the worker's script in
// <script type="text/x-go-worker" id="xigong-worker"> (run from a blob:
// URL); so is the page in the other language, which the page script
// inflates with window.xigongInflate when asked. Hosted: the script tag
// carries data-wasm and data-worker, the addresses of both.
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
  // The page script inflates the other language of the single file with it;
  // what names the failure to report when it does not inflate.
  window.xigongInflate = function (text, what) {
    if (typeof DecompressionStream !== 'function') return Promise.reject(failure('noDecompress'));
    var stream = new Blob([fromBase64(text)]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().catch(function () {
      throw failure(what);
    });
  };

  var calls = new Map(), next = 0, failed = null, worker = null;
  var go = window.xigongGo = { onfail: null, call: call, memory: function () { return ask({ memory: true }); } };
  function call(name, args) { return ask({ name: name, args: args }); }
  function ask(msg) {
    if (failed) return Promise.reject(failed);
    return new Promise(function (resolve, reject) {
      msg.id = ++next;
      calls.set(msg.id, { resolve: resolve, reject: reject });
      worker.postMessage(msg);
    });
  }
  function stop(err) {
    if (failed) return;
    failed = err;
    calls.forEach(function (c) { c.reject(err); });
    calls.clear();
    if (worker) worker.terminate();
    if (go.onfail) go.onfail(err);
  }
  // start makes the worker and hands it the module.
  function start() {
    if (typeof Worker !== 'function') throw failure('noWorker');
    var script = document.currentScript;
    var block = document.getElementById('xigong-wasm');
    var code = document.getElementById('xigong-worker');
    if (block && code) {
      worker = new Worker(URL.createObjectURL(new Blob([code.textContent], { type: 'text/javascript' })));
      worker.postMessage({ start: { text: block.textContent } });
    } else if (script && script.dataset.wasm && script.dataset.worker) {
      worker = new Worker(script.dataset.worker);
      worker.postMessage({ start: { url: new URL(script.dataset.wasm, location.href).href } });
    } else {
      throw failure('noModule');
    }
    worker.onmessage = function (e) {
      var m = e.data;
      if (m.failed) {
        stop(failure(m.failed));
        return;
      }
      var c = calls.get(m.id);
      if (!c) return;
      calls.delete(m.id);
      if (m.error !== undefined) c.reject(new Error(m.error));
      else c.resolve(m.out !== undefined ? m.out : m.bytes);
    };
    // A worker's script refused (a policy) or broken.
    worker.onerror = function (e) {
      e.preventDefault();
      stop(failure('noWorker'));
    };
  }
  try {
    start();
  } catch (err) {
    stop(err);
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
})();
