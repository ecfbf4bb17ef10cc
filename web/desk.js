// @ts-check
// desk.js runs the proofreading desk of a reader's targets (view.Desk):
// "Correct" opens a target's form in place; applying it, or dropping the
// target, has the Go program correct the file shown (reading.Correct), and
// the page shows the corrected file, which the link, the embed code and the
// downloads then carry. A number of the reading tapped leads to its target.
import { $ } from './dom.js';

/**
 * @typedef {{index: number, drop?: boolean, name?: string, nameEN?: string, measure?: string,
 *   bound?: string, value?: number, min?: number, max?: number, unit?: string}} Correction
 */

// wireDesk connects the desk of the page shown now, if any: correct(c)
// answers {file} or {errors} (the Go program's), show(file, done) shows the
// corrected file and then calls done.
/**
 * @param {(c: Correction) => {file?: string, errors?: string[]}} correct
 * @param {(file: string, done: () => void) => void} show
 */
export function wireDesk(correct, show) {
  const desk = $('desk');
  if (!desk) return;
  const list = /** @type {HTMLElement} */ (desk.querySelector('.desk'));
  for (const clause of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.reading li[data-desk]'))) {
    const row = $('desk-' + clause.dataset.desk);
    if (!row) continue;
    for (const mark of /** @type {NodeListOf<HTMLElement>} */ (clause.querySelectorAll('mark.n-target'))) {
      mark.tabIndex = 0;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-controls', row.id);
      const go = () => {
        row.scrollIntoView({ block: 'center' });
        row.classList.add('desk-shown');
        setTimeout(() => row.classList.remove('desk-shown'), 1600);
        /** @type {HTMLElement} */ (row.querySelector('.desk-edit')).focus({ preventScroll: true });
      };
      mark.addEventListener('click', go);
      mark.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    }
  }
  for (const row of /** @type {NodeListOf<HTMLElement>} */ (desk.querySelectorAll('.desk-row'))) {
    const index = Number(row.dataset.index);
    const edit = /** @type {HTMLButtonElement} */ (row.querySelector('.desk-edit'));
    const form = /** @type {HTMLFormElement} */ (row.querySelector('.desk-form'));
    const error = /** @type {HTMLElement} */ (form.querySelector('.desk-error'));
    const open = (yes) => {
      form.hidden = !yes;
      edit.setAttribute('aria-expanded', String(yes));
      if (yes) fit(form);
    };
    edit.addEventListener('click', () => {
      open(form.hidden);
      if (!form.hidden) /** @type {HTMLInputElement} */ (form.elements.namedItem('value')).focus();
    });
    /** @type {HTMLSelectElement} */ (form.elements.namedItem('bound')).addEventListener('change', () => fit(form));
    /** @type {HTMLElement} */ (form.querySelector('.desk-cancel')).addEventListener('click', () => {
      form.reset();
      open(false);
      edit.focus();
    });
    const apply = (c, what) => {
      const out = correct(c);
      if (out.errors) {
        say(error, out.errors.join(' '));
        return;
      }
      show(out.file, () => {
        const next = $('desk-' + Math.min(index, document.querySelectorAll('.desk-row').length - 1));
        const status = $('notice');
        if (status) {
          status.textContent = (list.dataset.done || '%s').replace('%s', what);
          status.hidden = false;
        }
        const button = next && /** @type {HTMLElement} */ (next.querySelector('.desk-edit'));
        if (button) {
          next.scrollIntoView({ block: 'center' });
          button.focus({ preventScroll: true });
        }
      });
    };
    /** @type {HTMLElement} */ (form.querySelector('.desk-drop')).addEventListener('click', () => {
      apply({ index, drop: true }, row.querySelector('.desk-target b').textContent);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const c = read(form, list);
      if (typeof c === 'string') {
        say(error, c);
        return;
      }
      c.index = index;
      apply(c, c.name || row.querySelector('.desk-target b').textContent);
    });
  }
}

// say shows a message under a form.
function say(box, text) {
  box.textContent = text;
  box.hidden = false;
}

// fit shows the fields the form's bound takes: a figure, or a range's ends,
// or for words no measure, number or unit.
function fit(form) {
  const bound = /** @type {HTMLSelectElement} */ (form.elements.namedItem('bound')).value;
  const show = (name, yes) => { /** @type {HTMLElement} */ (form.querySelector('.desk-' + name)).hidden = !yes; };
  show('measure', bound !== 'qualitative');
  show('unit', bound !== 'qualitative');
  show('value', bound !== 'qualitative' && bound !== 'range');
  show('min', bound === 'range');
  show('max', bound === 'range');
}

// read is the correction a form states, or why it states none (in the
// page's language, from the desk's data attributes).
/**
 * @param {HTMLFormElement} form
 * @param {HTMLElement} list
 * @returns {Correction | string}
 */
function read(form, list) {
  const get = (name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value.trim();
  const number = (name) => {
    // Full-width digits and points, as a Chinese keyboard may type them.
    const s = get(name).replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
  };
  /** @type {Correction} */
  const c = { index: 0, name: get('name'), nameEN: get('nameEN'), bound: get('bound') };
  if (c.bound === 'qualitative') return c;
  c.measure = get('measure');
  c.unit = get('unit');
  if (!c.unit) return list.dataset.noUnit || '';
  if (c.bound !== 'range') {
    c.value = number('value');
    return Number.isFinite(c.value) ? c : list.dataset.badNumber || '';
  }
  c.min = number('min');
  c.max = number('max');
  if (!Number.isFinite(c.min) || !Number.isFinite(c.max)) return list.dataset.badNumber || '';
  return c.min < c.max ? c : list.dataset.badRange || '';
}
