// go-worker.js runs the Go program in a dedicated Worker, off the page's
// thread: the module's decompression, compilation, start and every call
// into it happen here, while the page draws its charts and answers the
// reader. The build puts it after wasm_exec.js (which defines Go) in one
// script: a file of the hosted site, or a blob: made from the single file's
// block. boot.js starts it and talks to it.
//
// Messages in: first {start: {text} | {url}} (the module, gzip-compressed
// and base64-encoded, or its address), then {id, name, args} to call
// globalThis.xigong[name](...args), or {id, memory: true}. Messages out:
// {id, out} with the call's answer (a JSON text) or {id, error} when the
// call threw, {id, bytes} with the size
// of the program's memory, or {failed: KEY} when the program cannot run (KEY
// names the page's message, see boot.js), after which every call fails.
'use strict';

let memory = null;
let failed = '';

// failure is an Error carrying the key of the page's message for it.
function failure(key) {
  const err = new Error(key);
  err.key = key;
  return err;
}

function fromBase64(text) {
  text = text.replace(/\s+/g, '');
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const bin = atob(text), out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function compile(start) {
  if (typeof WebAssembly !== 'object') return Promise.reject(failure('noWasm'));
  if (start.text !== undefined) {
    if (typeof DecompressionStream !== 'function') return Promise.reject(failure('noDecompress'));
    // Not a Blob's stream: WebKit cannot read a Blob made in a worker of a
    // file:// page (NotReadableError).
    const bytes = fromBase64(start.text);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(bytes);
        c.close();
      },
    }).pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(WebAssembly.compile, () => { throw failure('moduleDamaged'); });
  }
  const bytes = () => fetch(start.url).then((r) => r.arrayBuffer()).then(WebAssembly.compile);
  if (typeof WebAssembly.compileStreaming !== 'function') return bytes();
  // Served with another Content-Type: compile from the bytes.
  return WebAssembly.compileStreaming(fetch(start.url)).catch(bytes);
}

async function run(start) {
  let module;
  try {
    module = await compile(start);
  } catch (err) {
    // A policy without 'wasm-unsafe-eval' refuses to compile; browsers say
    // so only in the error's (English) text.
    throw err.key ? err : /Content.Security/i.test(String(err && err.message)) ? failure('wasmRefused') : err;
  }
  const go = new Go();
  go.env = { GOGC: '25' }; // see wasm/main.go
  const instance = await WebAssembly.instantiate(module, go.importObject);
  memory = instance.exports.mem;
  go.run(instance).then(() => {
    failed = 'goStopped';
    postMessage({ failed });
  });
  if (!globalThis.xigong) throw failure('goNotStarted');
}

let started = null;

onmessage = (e) => {
  const m = e.data;
  if (m.start) {
    started = run(m.start);
    started.catch((err) => {
      failed = err.key || 'goNotStarted';
      postMessage({ failed, detail: err.key ? '' : String(err && err.message) });
    });
    return;
  }
  // Calls wait for the program and are answered in the order they came.
  started.then(() => {
    if (failed) return;
    if (m.memory) {
      postMessage({ id: m.id, bytes: memory.buffer.byteLength });
      return;
    }
    let out;
    try {
      out = globalThis.xigong[m.name](...m.args);
    } catch (err) {
      postMessage({ id: m.id, error: String(err && err.message) });
      return;
    }
    postMessage({ id: m.id, out });
  }, () => {});
};
