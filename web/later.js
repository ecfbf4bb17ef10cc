// @ts-check
// later.js runs the single file's page scripts (site.SingleFile), which come
// as text so that the first paint does not wait for them: in turn, each in
// place of its text, once the page is first painted. That is when the
// browser reports its first contentful paint (a second at most), or after
// the next frame where it does not report paints; at once in a hidden tab,
// which paints nothing.
//
// The first script (boot.js, of type LATER_TYPE) is plain text and runs at
// once; it sets window.xigongInflate, with which the others (of type
// LATER_GZIP, gzip-compressed and base64-encoded) are inflated and run, in
// order. The scripts still to come are window.xigongLater (boot.js waits for
// them before saying the page script never ran); a script that does not
// inflate is reported with boot.js's window.xigongFail.
//
// A classic script, not a module: cmd/assemble bundles it with what it
// imports into one script that defines no global but window.xigongLater.
import { LATER_GZIP, LATER_TYPE } from './constants.js';

var started = false;

// run puts a script element with the text code in place of the element
// that carried it; the browser runs it as it is inserted.
function run(carrier, code) {
  var s = document.createElement('script');
  s.text = code;
  carrier.replaceWith(s);
}

// runAll runs the page scripts, once.
function runAll() {
  if (started) return;
  started = true;
  for (const t of document.querySelectorAll('script[type="' + LATER_TYPE + '"]')) run(t, t.textContent);
  var p = Promise.resolve();
  for (const t of document.querySelectorAll('script[type="' + LATER_GZIP + '"]')) {
    p = p.then(function () {
      return window.xigongInflate(t.textContent, 'scriptDamaged');
    }).then(function (b) {
      run(t, new TextDecoder().decode(b));
    });
  }
  window.xigongLater = p;
  p.catch(function (e) {
    if (window.xigongFail) window.xigongFail(e.message);
  });
}

// start runs them after the first paint.
function start() {
  if (document.visibilityState === 'hidden') return runAll();
  if ((PerformanceObserver.supportedEntryTypes || []).indexOf('paint') < 0) {
    requestAnimationFrame(function () { setTimeout(runAll); });
    return;
  }
  new PerformanceObserver(function (list, observer) {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      setTimeout(runAll);
    }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(runAll, 1000);
}

start();
