// @ts-check
// find.js runs the index of a long report's targets (view's index): each
// name brings its slider to the middle of the window and focuses it. Not
// #links: the address's fragment carries the targets and the scenario.
import { PHONE_WIDTH } from './constants.js';
import { $ } from './dom.js';

// tableOpen is whether the reader left the targets table open: a page
// shown anew (a correction on the desk, another language) keeps it so.
let tableOpen = false;

// wireIndex connects the index of the page shown now, if it has one, and
// folds its targets table on a phone (view's folded), unless the reader
// had opened it.
export function wireIndex() {
  const fold = /** @type {HTMLDetailsElement | null} */ ($('targets-fold'));
  if (fold) {
    if (!tableOpen && matchMedia('(max-width: ' + PHONE_WIDTH + 'px)').matches) fold.open = false;
    fold.addEventListener('toggle', () => { if (!printing) tableOpen = fold.open; });
  }
  const index = $('index');
  if (!index) return;
  for (const button of /** @type {NodeListOf<HTMLElement>} */ (index.querySelectorAll('button[data-id]'))) {
    button.addEventListener('click', () => {
      const input = /** @type {HTMLInputElement | null} */ (document.getElementById('s-' + button.dataset.id));
      if (!input) return;
      input.closest('.slider').scrollIntoView({ block: 'center' });
      input.focus({ preventScroll: true });
    });
  }
}

// Paper holds the whole table: a folded one opens to print, and folds again
// after (printing: the table's toggles then are not the reader's).
let folded = false;
let printing = false;
addEventListener('beforeprint', () => {
  const fold = /** @type {HTMLDetailsElement | null} */ ($('targets-fold'));
  printing = true;
  folded = !!fold && !fold.open;
  if (folded) fold.open = true;
});
addEventListener('afterprint', () => {
  const fold = /** @type {HTMLDetailsElement | null} */ ($('targets-fold'));
  if (folded && fold) fold.open = false;
  folded = false;
  setTimeout(() => { printing = false; }); // after the toggle events, which come as tasks
});
