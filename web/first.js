// @ts-check
// first.js runs in <head>, before the page is parsed, so that the first
// paint is already the view the address asks for: one chart alone (chart=ID,
// controls=0: CSS hides the rest, see view.DrawnStyle) and the theme
// (theme=dark|auto), and nothing of the bundled targets when the address
// names others (#d1.… or data=). embed-mode.js reads the same parameters again and does
// the rest, undoing chart= when the page has no such chart.
//
// A classic script, not a module: cmd/assemble bundles it with what it
// imports into one script that defines no global.
import { ID } from './constants.js';

var q = new URLSearchParams(location.search.slice(0, 512));
var root = document.documentElement;
var chart = q.get('chart');
if (chart && ID.test(chart)) {
  root.dataset.chart = chart;
  if (q.get('controls') === '0') root.dataset.controls = 'off';
}
// A link to other targets: the bundled ones are not shown, even drawn
// (app.js shows the page when it has them).
if (/^#d1\./.test(location.hash) || q.has('data')) root.dataset.other = 'true';
// The single file's link to its page in the other language for readers
// without JavaScript (#en): with it, the page in that language.
if (/^#(en|zh)$/.test(location.hash) && document.documentElement.lang.slice(0, 2) !== location.hash.slice(1)) {
  q.set('lang', location.hash.slice(1));
  location.replace('?' + q.toString());
} else {
  var theme = q.get('theme');
  if (theme === 'auto') theme = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  if (theme === 'dark') root.dataset.theme = 'dark';
}
