// @ts-check
// report.js takes the words of a report's targets that a reader pastes: the
// Go program reads them (read) and answers with the reading to show under
// the text, and a targets file of what the page charts, which load shows.
// The text and its reading stay shown over the new page, in its language,
// with a button to download the targets file read (to correct by hand and
// load back).
import { $ } from './dom.js';
import { save, fileName } from './downloads.js';

// kept is the text, year and region last read, to read again (in the
// page's language) when the page is replaced.
let kept = null;

// field is the panel's text box or field id.
const field = (id) => /** @type {HTMLTextAreaElement | HTMLInputElement} */ ($(id));

// wireReportPanel connects the panel of the page shown now: read(text,
// year, region) returns the Go program's answer ({html, file, year, region}
// or {html, message, ask}), once up has resolved (the program is up);
// load(file) shows a targets file; shown() is the targets file shown (as
// corrected on the desk), which the download saves.
export function wireReportPanel(read, load, shown, up) {
  // A page built from a report's words (./build.sh page) shows its reading.
  const built = $('report-read-from');
  if (built) countNumbers(built, 'report-read-from');
  const button = /** @type {HTMLButtonElement} */ ($('report-read'));
  if (!button) return;
  // The header's button opens the panel at the page's foot (not a #link:
  // the address's fragment carries the targets and the scenario).
  const jump = $('to-report');
  if (jump) {
    jump.addEventListener('click', () => {
      /** @type {HTMLDetailsElement} */ ($('own-report')).open = true;
      $('own-report').scrollIntoView({ block: 'start' });
      field('report-text').focus({ preventScroll: true });
    });
  }
  if (kept) show(kept, read(kept.text, kept.year, kept.region)); // read before: the program is up
  button.disabled = false;
  $('report-file').addEventListener('click', () => {
    const file = shown() || $('report-file').dataset.file;
    if (file) save(new Blob([JSON.stringify(JSON.parse(file), null, 2) + '\n'], { type: 'application/json' }), fileName() + '.json');
  });
  button.addEventListener('click', async () => {
    const asked = { text: field('report-text').value, year: field('report-year').value.trim(), region: field('report-region').value.trim() };
    button.disabled = true; // one read at a time while the program comes up
    await up;
    button.disabled = false;
    const out = read(asked.text, asked.year, asked.region);
    if (out.year) asked.year = String(out.year);
    if (out.region) asked.region = out.region; // read from the words when not given
    show(asked, out);
    if (!out.file) return;
    kept = asked;
    load(out.file);
  });
}

// readReport reads text as a report's words, as if pasted in the panel and
// read: for a text file picked or dropped that is not a targets file.
export function readReport(text) {
  const panel = /** @type {HTMLDetailsElement} */ ($('own-report'));
  if (!panel) return;
  panel.open = true;
  field('report-text').value = text;
  $('report-read').click();
}

// show puts the text and its reading (HTML escaped by the Go program) in
// the panel, with the message, if any, first.
function show(asked, out) {
  field('report-text').value = asked.text;
  field('report-year').value = asked.year;
  field('report-region').value = asked.region;
  const download = $('report-file');
  download.hidden = !out.file;
  download.dataset.file = out.file || '';
  const box = $('report-reading');
  box.innerHTML = out.html; // escaped by the Go program
  if (out.message) {
    const p = document.createElement('p');
    p.className = 'reading-message';
    p.setAttribute('role', 'alert');
    p.textContent = out.message;
    box.prepend(p);
  }
  if (out.ask === 'year') $('report-year').focus(); // the words print no year: the reader gives it
  if (out.file) countNumbers(box, 'report-reading');
  /** @type {HTMLDetailsElement} */ ($('own-report')).open = true;
}

// countNumbers says beside the summary how many numbers of the words were
// read as targets and how many not, with a button to the reading (the
// element of id reading; not a #link: the address's fragment carries the
// targets, which a jump would take out of it), once the page shows the
// targets read.
function countNumbers(box, reading) {
  const line = $('summary-read');
  const count = box.querySelector('.reading-numbers');
  if (!line || !count) return;
  const see = document.createElement('button');
  see.type = 'button';
  see.className = 'link';
  see.textContent = line.dataset.see || '';
  see.addEventListener('click', () => {
    const panel = $(reading).closest('details');
    if (panel) /** @type {HTMLDetailsElement} */ (panel).open = true;
    $(reading).scrollIntoView({ block: 'start' });
  });
  line.replaceChildren(count.textContent + ' ', see);
  line.hidden = false;
}
