// @ts-check
// wasm-load.js is what boot.js (on the page's thread) and wasm-worker.js (in
// its Worker) both do to get the Go program's module; cmd/assemble bundles a
// copy into each of the two scripts.

// fromBase64 decodes base64 text, which may hold white space.
export function fromBase64(text) {
  text = text.replace(/\s+/g, '');
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  var bin = atob(text), out = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// compileURL fetches and compiles the module at url: streaming where the
// browser can, from the bytes where it cannot or the server sends another
// Content-Type.
export function compileURL(url) {
  var bytes = function () {
    return fetch(url).then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); });
  };
  if (typeof WebAssembly.compileStreaming !== 'function') return bytes();
  return WebAssembly.compileStreaming(fetch(url)).catch(bytes);
}

// refusedByPolicy reports whether err is a policy without 'wasm-unsafe-eval'
// refusing to compile; browsers say so only in the error's (English) text.
export function refusedByPolicy(err) {
  return /Content.Security/i.test(String(err && err.message));
}
