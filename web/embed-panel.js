// @ts-check
// embed-panel.js fills the "Embed" panel: for the chart and language picked,
// the snippets that put the chart in another page, and copy buttons.
import { FRAME_ROWS, GROWTH_PITCH, PLAIN_HEIGHTS, PLAIN_ROW_NOTES, isRows } from './constants.js';
import { $, copy } from './dom.js';
import { linkable, targetsInLink } from './link.js';

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function wireEmbedPanel() {
  const chart = /** @type {HTMLSelectElement} */ ($('embed-chart'));
  const lang = /** @type {HTMLSelectElement} */ ($('embed-lang'));
  if (!chart || !lang) return;
  const base = new URL('.', location.href);
  base.search = '';
  base.hash = '';
  // A reader's own targets go with the snippets: in their data part, or in
  // ?data=; when they are too large for that, no snippet is offered (it
  // would show other targets).
  $('embed-snippets').hidden = !linkable();
  $('embed-own-too-long').hidden = linkable();
  const dataURL = new URLSearchParams(location.search.slice(0, 2048)).get('data');
  const fill = () => {
    const data = targetsInLink(); // the targets shown, not the address's yet
    const id = chart.value;
    const picked = chart.selectedOptions[0];
    // The iframe's title is in the language of the embedded chart.
    const title = (picked && (picked.dataset['title' + (lang.value === 'en' ? 'En' : 'Zh')] || picked.textContent)) || id;
    const page = new URL(base);
    page.searchParams.set('chart', id);
    page.searchParams.set('lang', lang.value);
    if (dataURL) page.searchParams.set('data', dataURL);
    page.hash = data;
    // A chart of rows of more or fewer rows than Xigong's growth chart:
    // its rows, for embed.js's first guess of the frame's height.
    const rows = Number((picked && picked.dataset.rows) || FRAME_ROWS);
    const targets = (data ? ' data-targets="' + attr(data) + '"' : '') + (dataURL ? ' data-data="' + attr(dataURL) + '"' : '') +
      (picked && picked.dataset.rows ? ' data-rows="' + rows + '"' : '');
    // The link inside the placeholder is what readers get without scripts.
    /** @type {HTMLTextAreaElement} */ ($('embed-script')).value = '<script src="' + attr(new URL('embed.js', base).href) + '" async></script>\n' +
      '<div data-xigong-chart="' + attr(id) + '" data-lang="' + attr(lang.value) + '"' + targets + '><a href="' + attr(page.href) + '">' + attr(title) + '</a></div>';
    const plain = new URL(page);
    plain.searchParams.set('controls', '0');
    // A plain iframe cannot resize itself (view.PlainFrameHeights; a test
    // checks them): sliders need embed.js, which follows them.
    const height = isRows(id) ? PLAIN_HEIGHTS.growth + Math.max(0, Math.ceil((rows - FRAME_ROWS) * (GROWTH_PITCH.narrow + PLAIN_ROW_NOTES)))
      : id === 'projection' ? PLAIN_HEIGHTS.projection : PLAIN_HEIGHTS.cap;
    /** @type {HTMLTextAreaElement} */ ($('embed-iframe')).value = '<iframe src="' + attr(plain.href) + '" title="' + attr(title) + '" width="100%" height="' +
      height + '" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>';
  };
  chart.addEventListener('change', fill);
  lang.addEventListener('change', fill);
  fill();
  for (const button of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#embed .copy'))) {
    const area = /** @type {HTMLTextAreaElement} */ ($(button.dataset.for));
    button.addEventListener('click', () => copy(button, area.value, () => area.select()));
  }
}
