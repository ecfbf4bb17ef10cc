// @ts-check
// downloads.js lets a reader keep what they see: the scenario as CSV (made
// by the Go program) and each chart as an SVG or PNG image, or as a share
// image for social media (the page's title, region and year, the chart, its
// source, and the page's link as a QR code, as Chinese news graphics carry
// it). The charts are drawn by ECharts' SVG renderer: the SVG file is what
// the page shows, and a PNG is an SVG drawn at twice its size on a canvas.
import { $, failure } from './dom.js';

// save offers blob to the reader as a file called name.
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// CAPTION is the height (px) of the line over an exported chart that says
// whose targets and which year it shows; SOURCE of the lines under it
// that say where the targets come from (from #figures' data-source, cut
// to the width) and, on a hosted page, its address.
const CAPTION = 28;
const SOURCE = 40;

function escapeXML(s) {
  return s.replace(/[<>&"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
}

// svgText is a line of text of an exported image, at (x, y), in font.
function svgText(font, x, y, size, s, bold = false) {
  return `<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="#222" font-family="${font}">${escapeXML(s)}</text>`;
}

// svgDocument is a standalone SVG document w × h of body on a white ground
// (the page's charts stand on white cards, in the dark theme too).
function svgDocument(w, h, body) {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`;
}

// chartAt is the chart's own SVG placed at (x, y) of an exported image.
function chartAt(chart, x, y) {
  const svg = chart.renderToSVGString();
  const open = svg.indexOf('>');
  return svg.slice(0, open) + ` x="${x}" y="${y}"` + svg.slice(open);
}

// pageFont is the page's font, for the texts of an exported image.
const pageFont = () => escapeXML(getComputedStyle(document.documentElement).fontFamily);

// svgOf returns the chart as a standalone SVG document, under a caption
// line (region and year, from #figures' data-caption) and over its source
// (data-source, cut to the width) and, on a hosted page, its address, in
// the page's fonts.
function svgOf(chart) {
  const w = chart.getWidth();
  const h = chart.getHeight() + CAPTION + SOURCE;
  const data = ($('figures') && $('figures').dataset) || {};
  const font = pageFont();
  // About one full-width character in 11 px: the source on one line.
  const source = lines(data.source || '', Math.max(20, Math.floor((w - 24) / 11)), 1)[0] || '';
  const address = /^https?:$/.test(location.protocol) ? location.origin + location.pathname : '';
  return svgDocument(w, h, svgText(font, 12, 19, 13, data.caption || '') + chartAt(chart, 0, CAPTION) +
    svgText(font, 12, h - SOURCE + 15, 11, source) + (address ? svgText(font, 12, h - 7, 11, address) : ''));
}

// lines cuts text into at most n lines of about room full-width
// characters (a Latin letter counts half), the last ending in … when cut.
function lines(text, room, n) {
  const out = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
    if (width + w > room) {
      out.push(line);
      if (out.length === n) {
        out[n - 1] = out[n - 1].slice(0, -1) + '…';
        return out;
      }
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line) out.push(line);
  return out;
}

// QR_MODULE is the size (px, before the PNG's doubling) of a module of the
// share image's QR code; QUIET the modules of white around it.
const QR_MODULE = 2;
const QUIET = 4;

// shareOf returns the share image of chart as an SVG document and its size:
// the page's title and caption over the chart, and under it the source
// and the QR code of link with a line to scan it, or, when code is null,
// why there is none (note).
/**
 * @param {{getWidth(): number, getHeight(): number, renderToSVGString(): string}} chart
 * @param {{size: number, bits: string} | null} code
 * @param {string} link
 * @param {string} note
 */
function shareOf(chart, code, link, note) {
  const figures = $('figures');
  const data = (figures && figures.dataset) || {};
  const cw = chart.getWidth();
  const w = Math.max(cw, 360);
  const font = pageFont();
  const text = (x, y, size, s, bold = false) => svgText(font, x, y, size, s, bold);
  const room = (px, size) => Math.max(8, Math.floor(px / size));
  let out = '';
  let y = 0;
  for (const l of lines(data.title || '', room(w - 24, 17), 2)) out += text(12, (y += 24), 17, l, true);
  out += text(12, (y += 20), 12, data.caption || '');
  y += 8;
  out += chartAt(chart, Math.round((w - cw) / 2), y);
  y += chart.getHeight() + 4;
  for (const l of lines(data.source || '', room(w - 24, 11), 3)) out += text(12, (y += 15), 11, l);
  y += 10;
  if (code) {
    const box = (code.size + 2 * QUIET) * QR_MODULE;
    let d = '';
    for (let r = 0; r < code.size; r++) {
      const row = code.bits.slice(r * code.size, (r + 1) * code.size);
      for (const m of row.matchAll(/1+/g)) {
        d += `M${(m.index + QUIET) * QR_MODULE} ${(r + QUIET) * QR_MODULE}h${m[0].length * QR_MODULE}v${QR_MODULE}h-${m[0].length * QR_MODULE}z`;
      }
    }
    out += `<g transform="translate(12 ${y})"><rect width="${box}" height="${box}" fill="#fff"/><path d="${d}" fill="#000"/></g>`;
    const side = w - box - 36 >= 120; // the words beside the code, else under it
    const x = side ? box + 24 : 12;
    let ty = side ? y + 16 : y + box + 16;
    out += text(x, ty, 12, data.scan || '', true);
    for (const l of lines(link, room((side ? w - x : w - 24) - 12, 7), 6)) out += text(x, (ty += 15), 10, l);
    y = Math.max(y + box, ty) + 12;
  } else {
    for (const l of lines(note, room(w - 24, 12), 2)) out += text(12, (y += 16), 12, l);
    y += 12;
  }
  return { svg: svgDocument(w, y, out), width: w, height: y };
}

// pngOf draws the chart's SVG at scale on a canvas and resolves with a PNG.
function pngOf(chart, scale) {
  return pngOfSVG(svgOf(chart), chart.getWidth(), chart.getHeight() + CAPTION + SOURCE, scale);
}

// pngOfSVG draws an SVG document of width × height at scale on a canvas and
// resolves with a PNG.
async function pngOfSVG(svg, width, height, scale) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(failure('png'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

// fileName is the base name of the files of the targets shown, which Go
// puts on #figures: "xigong-district-luoyang-2015".
export function fileName() {
  return ($('figures') && $('figures').dataset.file) || 'targets';
}

// wireDownloads connects the CSV button to csv(), which resolves with the
// file's text, and each chart's image buttons to its chart; link() resolves
// with the page's link with the scenario shown, or null when the targets
// shown cannot travel in one, and qr(text) answers its QR code ({size,
// bits}, or {tooLong}: the Go program's). fail shows an error.
/**
 * @param {Map<string, any>} charts
 * @param {() => Promise<string>} csv
 * @param {(err: any) => void} fail
 * @param {() => Promise<string | null>} link
 * @param {(text: string) => {size?: number, bits?: string, tooLong?: boolean}} qr
 */
export function wireDownloads(charts, csv, fail, link, qr) {
  const button = $('download-csv');
  if (button) {
    button.addEventListener('click', () => {
      csv().then((text) => save(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName() + '.csv'), fail);
    });
  }
  for (const b of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#figures .share'))) {
    b.addEventListener('click', async () => {
      const chart = charts.get(b.dataset.chart);
      if (!chart) return;
      try {
        const data = $('figures').dataset;
        const address = await link();
        let code = null;
        let note = data.offline || '';
        if (address !== null && /^https?:/.test(address)) {
          const out = qr(address);
          if (out.size && out.bits) code = { size: out.size, bits: out.bits };
          note = data.tooLong || '';
        } else if (address === null) {
          note = data.tooLong || '';
        }
        const image = shareOf(chart, code, address || '', note);
        save(await pngOfSVG(image.svg, image.width, image.height, 2), fileName() + '-' + b.dataset.chart + '-share.png');
      } catch (err) {
        fail(err);
      }
    });
  }
  for (const b of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#figures .svg, #figures .png'))) {
    b.addEventListener('click', () => {
      const chart = charts.get(b.dataset.chart);
      if (!chart) return;
      const name = fileName() + '-' + b.dataset.chart;
      if (b.classList.contains('svg')) {
        save(new Blob([svgOf(chart)], { type: 'image/svg+xml' }), name + '.svg');
        return;
      }
      pngOf(chart, 2).then((png) => save(png, name + '.png'), fail);
    });
  }
}
