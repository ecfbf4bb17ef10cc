// @ts-check
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
//
// A classic script, not a module, as boot.js starts it: cmd/assemble
// bundles it with what it imports into one script.
import { compileURL, fromBase64, refusedByPolicy } from './wasm-load.js';

// failure is an Error whose key names the page's message of it.
function failure(key) {
  return Object.assign(new Error(key), { key });
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
  return compileURL(start.url);
}

onmessage = (e) => {
  compile(e.data).then((module) => postMessage({ module }), (err) => {
    const key = err.key || (refusedByPolicy(err) ? 'wasmRefused' : 'moduleDamaged');
    postMessage({ failed: key });
  });
};
