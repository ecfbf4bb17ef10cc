// @ts-check
// downloads.js lets a reader keep what they see: the scenario as CSV (made
// by the Go program) and each chart as an SVG or PNG image. The charts are
// drawn by ECharts' SVG renderer: the SVG file is what the page shows, and
// the PNG is that SVG drawn at twice its size on a white canvas.
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

// svgOf returns the chart as a standalone SVG document on a white ground
// (the page's charts stand on white cards, in the dark theme too), under a
// caption line (region and year, from #figures' data-caption) in the
// page's fonts.
function svgOf(chart) {
  const w = chart.getWidth();
  const h = chart.getHeight() + CAPTION + SOURCE;
  const figures = $('figures');
  const caption = (figures && figures.dataset.caption) || '';
  const font = escapeXML(getComputedStyle(document.documentElement).fontFamily);
  // About one full-width character in 11 px a line: cut the source to fit.
  const room = Math.max(20, Math.floor((w - 24) / 11));
  let source = (figures && figures.dataset.source) || '';
  if (source.length > room) source = source.slice(0, room - 1) + '…';
  const address = /^https?:$/.test(location.protocol) ? location.origin + location.pathname : '';
  const svg = chart.renderToSVGString();
  const open = svg.indexOf('>');
  const line = (y, size, text) => `<text x="12" y="${y}" font-size="${size}" fill="#333" font-family="${font}">${escapeXML(text)}</text>`;
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    '<rect width="100%" height="100%" fill="#fff"/>' + line(19, 13, caption) +
    svg.slice(0, open) + ` y="${CAPTION}"` + svg.slice(open) +
    line(h - SOURCE + 15, 11, source) + (address ? line(h - 7, 11, address) : '') + '</svg>';
}

// pngOf draws the chart's SVG at scale on a canvas and resolves with a PNG.
async function pngOf(chart, scale) {
  const url = URL.createObjectURL(new Blob([svgOf(chart)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.getWidth() * scale);
    canvas.height = Math.round((chart.getHeight() + CAPTION + SOURCE) * scale);
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
// file's text, and each chart's image buttons to its chart. fail shows an
// error.
export function wireDownloads(charts, csv, fail) {
  const button = $('download-csv');
  if (button) {
    button.addEventListener('click', () => {
      csv().then((text) => save(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName() + '.csv'), fail);
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
