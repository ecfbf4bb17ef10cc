// @ts-check
// plan.js makes the plan's tree (prerendered by the Go build, one <details>
// per node) easy to explore: expand or collapse it all, open the parts that
// name one target, and follow a target's link to its slider without losing
// the scenario in the URL's fragment.
import { $ } from './dom.js';

const nodes = () => /** @type {NodeListOf<HTMLDetailsElement>} */ (document.querySelectorAll('#plan details'));

// openPath opens li's node and every node above it.
function openPath(li) {
  for (let el = li; el && el.id !== 'plan'; el = el.parentElement) {
    if (el.tagName === 'DETAILS') el.open = true;
  }
  li.querySelector(':scope > details').open = true;
}

// filter shows the nodes linked to target id (all nodes when id is ''),
// marking them and closing the rest.
function filter(id) {
  for (const d of nodes()) d.open = false;
  for (const li of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#plan li'))) {
    const hit = id !== '' && (li.dataset.targets || '').split(' ').includes(id);
    li.classList.toggle('hit', hit);
    if (hit) openPath(li);
  }
  /** @type {HTMLDetailsElement} */ ($('plan-plan').querySelector(':scope > details')).open = true;
}

export function wirePlan() {
  const plan = $('plan');
  if (!plan) return; // other targets than the bundled ones: no plan
  const select = /** @type {HTMLSelectElement} */ ($('plan-filter'));
  select.addEventListener('change', () => filter(select.value));
  $('plan-expand').addEventListener('click', () => { for (const d of nodes()) d.open = true; });
  $('plan-collapse').addEventListener('click', () => filter(''));
  plan.addEventListener('click', (e) => {
    const a = /** @type {HTMLElement | null} */ (/** @type {Element} */ (e.target).closest('a[data-target]'));
    const slider = a && $('s-' + a.dataset.target);
    if (!slider) return;
    e.preventDefault(); // keep the scenario's #v1:… in the address
    slider.scrollIntoView({ block: 'center' });
    slider.focus({ preventScroll: true });
  });
}
