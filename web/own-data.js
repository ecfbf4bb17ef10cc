// @ts-check
// own-data.js takes a reader's own targets file: from the file picker, from a
// file dropped on the page, or (hosted) from ?data=<url> on the same site.
// It hands the file's text to load(text), which answers with the field
// errors, if any, to list; the current data then stays.
import { MAX_SIZE } from './constants.js';
import { $ } from './dom.js';

// showDataErrors lists why a file cannot be used, as text.
export function showDataErrors(errors) {
  const box = $('data-errors');
  if (!box) return;
  const list = document.createElement('ul');
  for (const e of errors) {
    const li = document.createElement('li');
    li.textContent = e;
    list.append(li);
  }
  const intro = document.createElement('p');
  intro.textContent = box.dataset.intro || '';
  box.replaceChildren(intro, list);
  box.hidden = false;
  const panel = /** @type {HTMLDetailsElement} */ ($('own-data'));
  if (panel) panel.open = true;
}

// message is the page's text (in its language) of a data error: name is
// its data-* attribute on #data-errors; %s in it is replaced by arg.
export function message(name, arg = '') {
  const box = $('data-errors');
  return ((box && box.dataset[name]) || name).replace('%s', arg);
}

// refuseLarge lists a file over MAX_SIZE as an error.
export function refuseLarge() {
  showDataErrors([message('tooLarge')]);
}

// clearDataErrors hides the errors of a file read before.
function clearDataErrors() {
  const box = $('data-errors');
  if (box) {
    box.hidden = true;
    box.replaceChildren();
  }
}

function readFile(file, load) {
  if (!file) return;
  clearDataErrors();
  if (file.size > MAX_SIZE) {
    refuseLarge();
    return;
  }
  file.text().then(load, () => showDataErrors([message('readFailed')]));
}

// wireDataPanel connects the file picker of the page shown now.
export function wireDataPanel(load) {
  const input = /** @type {HTMLInputElement} */ ($('data-file'));
  if (input) input.addEventListener('change', () => readFile(input.files[0], load));
}

// wireDrop takes files dropped anywhere on the page (once: the document
// outlives the page's content).
export function wireDrop(load) {
  document.addEventListener('dragover', (e) => {
    if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) e.preventDefault();
  });
  document.addEventListener('drop', (e) => {
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    e.preventDefault();
    readFile(e.dataTransfer.files[0], load);
  });
}

// dataParam returns the URL of ?data=, when it is an http(s) URL of this
// site; another site's URL, or a file:// page, is refused with the name of
// the reason (see message: read once the page is in its language).
export function dataParam() {
  const raw = new URLSearchParams(location.search.slice(0, 2048)).get('data');
  if (!raw) return { url: '' };
  let url;
  try {
    url = new URL(raw, location.href);
  } catch {
    return { url: '', error: 'notUrl' };
  }
  if (!/^https?:$/.test(location.protocol) || url.origin !== location.origin) {
    return { url: '', error: 'otherSite' };
  }
  return { url: url.href };
}
