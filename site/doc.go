// Package site assembles the page from its parts: the index.html template,
// the prerendered view, the styles, the scripts and the WebAssembly module.
// It builds two outputs as values, leaving files and minification to the
// caller:
//
//   - SingleFile: one self-contained HTML file, every part inlined, the module
//     gzip-compressed and base64-encoded, that works from file:// with no
//     network;
//   - Hosted: the same page as separate, content-named (cacheable) files with
//     no inline script, for a web server with a strict Content-Security-Policy.
package site
