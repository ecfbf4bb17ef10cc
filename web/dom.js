// dom.js writes the page's live state; shared by the page and the benchmark's
// plain-JavaScript reference page, so that both do the same DOM work.

export const root = document.documentElement;
export const $ = (id) => document.getElementById(id);

// fail shows a readable message instead of a blank or half-drawn page.
export function fail(err) {
  const box = $('error');
  const prefix = box.dataset.prefix || '';
  box.textContent = prefix + (err && err.message ? err.message : String(err));
  box.hidden = false;
  root.dataset.error = 'true';
  const loading = $('loading');
  if (loading) loading.hidden = true;
}
// setText changes an element's text only when it differs.
function setText(el, text) {
  if (el && el.textContent !== text) el.textContent = text;
}

// applyLive writes the live state (readouts, verdicts, table cells, summary).
export function applyLive(live) {
  setText($('summary-count'), live.summary);
  setText($('summary-missed'), live.missed);
  setText($('summary-follows'), live.follows);
  live.rows.forEach((row, i) => {
    const slider = $('s-' + row.id);
    if (slider) {
      if (+slider.value !== live.values[i]) slider.value = live.values[i];
      slider.setAttribute('aria-valuetext', row.value);
    }
    setText($('o-' + row.id), row.value);
    const verdict = $('v-' + row.id);
    if (verdict) {
      setText(verdict, row.verdict);
      verdict.className = 'verdict ' + (row.met ? 'met' : 'missed');
    }
    // The targets table and the table of each chart that shows the row.
    for (const tr of document.querySelectorAll('tr[data-id="' + CSS.escape(row.id) + '"]')) {
      setText(tr.querySelector('.t-value'), row.value);
      const cell = tr.querySelector('.t-verdict');
      setText(cell, row.verdict.split(/[，,]/)[0]);
      cell.className = 't-verdict verdict ' + (row.met ? 'met' : 'missed');
      setText(tr.querySelector('.t-margin'), row.margin);
    }
    // The marks of the targets linked from the plan.
    for (const mark of document.querySelectorAll('[data-verdict-for="' + CSS.escape(row.id) + '"]')) {
      setText(mark, row.met ? '✓' : '✗');
      mark.className = 'verdict ' + (row.met ? 'met' : 'missed');
    }
  });
  for (const p of live.projected) {
    setText(document.querySelector('[data-projected="' + CSS.escape(p.key) + '"]'), p.value);
  }
}


// copy puts text on the clipboard and says so on button (its data-done) for
// a moment; where the clipboard is refused, byHand lets the reader copy.
export async function copy(button, text, byHand) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    byHand();
    return;
  }
  const label = button.textContent;
  button.textContent = button.dataset.done;
  setTimeout(() => { button.textContent = label; }, 1500);
}
