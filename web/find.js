// @ts-check
// find.js runs the index of a long report's targets (view's index): each
// name brings its slider to the middle of the window and focuses it. Not
// #links: the address's fragment carries the targets and the scenario.
import { $ } from './dom.js';

// wireIndex connects the index of the page shown now, if it has one.
export function wireIndex() {
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
