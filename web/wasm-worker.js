// wasm-worker.js decompresses and compiles the Go program's module in a
// dedicated Worker, off the page's thread, and hands the compiled
// WebAssembly.Module back to the page, which runs it (boot.js, app.js). The
// program itself runs on the page's thread: an answer from a Worker comes
// after the frame that follows a reader's input, one frame late on every
// move (measured: docs/performance.md).
//
// Message in: {text} (the module, gzip-compressed and base64-encoded: the
// single file) or {url} (its address: the hosted site). Message out:
// {module} or {failed: KEY} (KEY names the page's message, see boot.js).
'use strict';

function fromBase64(text) {
  text = text.replace(/\s+/g, '');
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const bin = atob(text), out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function failure(key) {
  const err = new Error(key);
  err.key = key;
  return err;
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

onmessage = (e) => {
  compile(e.data).then((module) => postMessage({ module }), (err) => {
    // A policy without 'wasm-unsafe-eval' refuses to compile; browsers say
    // so only in the error's (English) text.
    const key = err.key || (/Content.Security/i.test(String(err && err.message)) ? 'wasmRefused' : 'moduleDamaged');
    postMessage({ failed: key });
  });
};
