// @ts-check
// link-data.js carries a reader's own targets file in the page's address,
// so that a copied link, a reload or an embed shows those targets, and a
// scenario is only ever applied to the targets it was made for:
//
//   #d1.<the file, deflated (raw) and base64url-encoded>;v1:gdp=4.9
//
// The bundled targets need no data part ("#v1:gdp=4.9"); targets read from
// ?data=<url> travel in that parameter. A file whose data part would be
// longer than MAX_DATA characters cannot travel in a link: the page says so.
import { MAX_DATA } from './constants.js';

export const DATA = 'd1.';
const CHARS = /^d1\.[A-Za-z0-9_-]+$/;

// splitHash splits a fragment ("#…") into its data part ("d1.…", or "") and
// its scenario part ("v1:…", or whatever else it holds).
export function splitHash(hash) {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(DATA)) return { data: '', scenario: h };
  const cut = h.indexOf(';');
  return cut < 0 ? { data: h, scenario: '' } : { data: h.slice(0, cut), scenario: h.slice(cut + 1) };
}

function toBase64URL(bytes) {
  if (bytes.toBase64) return bytes.toBase64({ alphabet: 'base64url', omitPadding: true });
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64URL(s) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(s, { alphabet: 'base64url' });
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(stream, bytes) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

// pack returns the data part of a link to the targets file text, or null
// when it would be longer than MAX_DATA characters.
export async function pack(text) {
  const data = DATA + toBase64URL(await through(new CompressionStream('deflate-raw'), new TextEncoder().encode(text)));
  return data.length <= MAX_DATA ? data : null;
}

// unpack returns the targets file text of a link's data part; it rejects a
// data part that is malformed, too long or does not decompress.
export async function unpack(data) {
  if (data.length > MAX_DATA || !CHARS.test(data)) throw new Error('malformed');
  return new TextDecoder('utf-8', { fatal: true }).decode(await through(new DecompressionStream('deflate-raw'), fromBase64URL(data.slice(DATA.length))));
}
