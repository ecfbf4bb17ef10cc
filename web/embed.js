// @ts-check
// embed.js puts charts of the targets page into a host page. Include it once,
// from the hosted build, and mark where the charts go; the link inside is
// what readers see when the host's policy or their browser runs no script:
//
//   <script src="https://example.org/xigong/embed.js" async></script>
//   <div data-xigong-chart="unemployment" data-lang="zh">
//     <a href="https://example.org/xigong/?chart=unemployment&amp;lang=zh">城镇登记失业率：上限 4.5%</a>
//   </div>
//
// Each placeholder becomes a lazy-loaded iframe of the hosted page showing
// that chart, as tall as the chart is expected to be at its column's width
// until it loads, then following its content's height as the page inside
// reports it. Options:
// data-lang (zh|en; else the host page's language), data-theme
// (light|dark|auto), data-controls="0" (no sliders), data-title (the
// iframe's title; else the link's text), and for a reader's own targets
// data-targets (a link's data part, "d1.…") or data-data (a targets file on
// the page's site, as ?data=), data-rows (written by the page's embed panel
// for a growth chart of more or fewer targets than Xigong's). Styles are set through the CSSOM, which a
// host's style-src policy allows. Its only global is window.XigongEmbed
// ({scan}: look for new placeholders).
//
// A classic script, not a module (host pages include it as one):
// cmd/assemble bundles it with what it imports into one script.
import { FRAME_FITS, FRAME_HEIGHTS, FRAME_ROWS, FRAME_WIDTHS, GROWTH_PITCH, ID, PHONE_WIDTH, isRows } from './constants.js';

var script = document.currentScript;
if (!window.XigongEmbed && script instanceof HTMLScriptElement && script.src) start(new URL('./', script.src));

// start places the charts of the page at page, now and on XigongEmbed.scan.
function start(page) {
  var frames = {};
  var watching = {}; // by frame id, the column watchers of frames not yet heard from
  var count = 0;

  // expected is the height a chart's frame will take at width, as the page
  // inside is measured to take (view.FrameHeights; a test checks them,
  // within 15% or 60 px).
  // rows is a chart of rows' number of targets (data-rows; Xigong's growth
  // chart's, FRAME_ROWS, when absent): each row more or fewer than the
  // growth chart measured adds or takes away the chart's pitch and, with
  // sliders, a slider's share of the height measured.
  function expected(chart, controls, lang, width, rows) {
    var kind = isRows(chart) ? 'growth' : chart === 'projection' ? chart : 'cap';
    var on = controls ? 'on' : 'off';
    var col = width < FRAME_WIDTHS[0] ? 0 : width <= FRAME_WIDTHS[1] ? 1 : 2;
    var h = FRAME_HEIGHTS[kind][on][lang][col];
    if (h && kind === 'growth' && rows !== FRAME_ROWS) {
      var slider = controls ? (h - FRAME_HEIGHTS.growth.off[lang][col]) / FRAME_ROWS : 0;
      h = Math.max(FRAME_HEIGHTS.growth.off[lang][col] / 2, Math.round(h + (rows - FRAME_ROWS) * ((width <= PHONE_WIDTH ? GROWTH_PITCH.narrow : GROWTH_PITCH.wide) + slider)));
    }
    if (h) return h;
    var fit = FRAME_FITS[on];
    h = Math.max(fit.min, Math.round(fit.slope * width + fit.intercept));
    return (fit.max ? Math.min(fit.max, h) : h) + (lang === 'en' ? fit.en : 0);
  }

  function language(el) {
    var v = el.getAttribute('data-lang') || document.documentElement.lang || '';
    return /^en\b/i.test(v) ? 'en' : 'zh';
  }

  function place(el) {
    var chart = el.getAttribute('data-xigong-chart') || '';
    el.setAttribute('data-xigong-done', '');
    if (!ID.test(chart)) return;
    var id = 'xigong-' + (++count);
    var lang = language(el);
    var controls = el.getAttribute('data-controls') !== '0';
    var url = new URL(page.href);
    url.searchParams.set('chart', chart);
    url.searchParams.set('embed', id);
    url.searchParams.set('lang', lang);
    ['theme', 'controls'].forEach(function (k) {
      var v = el.getAttribute('data-' + k);
      if (v && /^[a-z0-9]{1,8}$/.test(v)) url.searchParams.set(k, v);
    });
    var data = el.getAttribute('data-data'); // a targets file on the same site as the page
    if (data && data.length <= 2048) url.searchParams.set('data', data);
    var targets = el.getAttribute('data-targets'); // a targets file carried in the link
    if (targets && /^d1\.[A-Za-z0-9_-]{1,8000}$/.test(targets)) url.hash = targets;
    var link = el.querySelector('a');
    var f = document.createElement('iframe');
    f.src = url.href;
    f.title = el.getAttribute('data-title') || (link && link.textContent.trim()) || (lang === 'en' ? 'Chart: ' : '图表：') + chart;
    f.loading = 'lazy';
    f.setAttribute('allow', 'clipboard-write');
    f.style.display = 'block';
    f.style.width = '100%';
    f.style.border = '0';
    var given = Number(el.getAttribute('data-rows'));
    var rows = given >= 1 && given <= 1000 && given === Math.floor(given) ? given : FRAME_ROWS;
    var guess = function () { f.style.height = expected(chart, controls, lang, el.clientWidth || el.parentNode.clientWidth || 600, rows) + 'px'; };
    guess();
    frames[id] = f;
    el.textContent = '';
    el.appendChild(f);
    // Until the page inside says its height, the guess follows the column:
    // a host's style sheet may arrive after this script has run.
    if (window.ResizeObserver) {
      var watch = new ResizeObserver(guess);
      watch.observe(el);
      watching[id] = watch;
    }
  }

  function scan() {
    var els = document.querySelectorAll('[data-xigong-chart]:not([data-xigong-done])');
    for (var i = 0; i < els.length; i++) place(els[i]);
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== page.origin || !d || typeof d !== 'object' || d.type !== 'xigong:height') return;
    var f = typeof d.id === 'string' && Object.prototype.hasOwnProperty.call(frames, d.id) ? frames[d.id] : null;
    if (!f || f.contentWindow !== e.source || typeof d.height !== 'number' || !isFinite(d.height)) return;
    if (watching[d.id]) {
      watching[d.id].disconnect();
      delete watching[d.id];
    }
    f.style.height = Math.max(120, Math.min(10000, Math.ceil(d.height))) + 'px';
  });

  window.XigongEmbed = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
}
