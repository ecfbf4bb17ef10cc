// embed.js puts charts of the Xigong 2015 targets into a host page. Include
// it once, from the hosted build, and mark where the charts go:
//
//   <script src="https://example.org/xigong/embed.js" async></script>
//   <div data-xigong-chart="unemployment" data-lang="en"></div>
//
// Each placeholder becomes a lazy-loaded iframe of the hosted page showing
// that chart, which resizes to its content's height as the page inside
// reports it. Options: data-lang (zh|en), data-theme (light|dark|auto),
// data-controls="0" (no sliders), data-title (the iframe's title), and for a
// reader's own targets data-targets (a link's data part, "d1.…") or
// data-data (a targets file on the page's site, as ?data=). Its only
// global is window.XigongEmbed ({scan}: look for new placeholders).
(function () {
  'use strict';
  if (window.XigongEmbed) return;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var page = new URL('index.html', script.src);
  var frames = {};
  var count = 0;
  var ID = /^[a-z][a-z0-9-]{0,31}$/;

  function place(el) {
    var chart = el.getAttribute('data-xigong-chart') || '';
    el.setAttribute('data-xigong-done', '');
    if (!ID.test(chart)) return;
    var id = 'xigong-' + (++count);
    var url = new URL(page.href);
    url.searchParams.set('chart', chart);
    url.searchParams.set('embed', id);
    ['lang', 'theme', 'controls'].forEach(function (k) {
      var v = el.getAttribute('data-' + k);
      if (v && /^[a-z0-9]{1,8}$/.test(v)) url.searchParams.set(k, v);
    });
    var data = el.getAttribute('data-data'); // a targets file on the same site as the page
    if (data && data.length <= 2048) url.searchParams.set('data', data);
    var targets = el.getAttribute('data-targets'); // a targets file carried in the link
    if (targets && /^d1\.[A-Za-z0-9_-]{1,8000}$/.test(targets)) url.hash = targets;
    var f = document.createElement('iframe');
    f.src = url.href;
    f.title = el.getAttribute('data-title') || 'Xigong 2015 targets: ' + chart;
    f.loading = 'lazy';
    f.setAttribute('style', 'display:block;width:100%;border:0;height:' + (chart === 'growth' ? 980 : 560) + 'px');
    frames[id] = f;
    el.textContent = '';
    el.appendChild(f);
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
    f.style.height = Math.max(120, Math.min(10000, Math.ceil(d.height))) + 'px';
  });

  window.XigongEmbed = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
