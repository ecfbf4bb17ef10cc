// downloads.js lets a reader keep what they see: the scenario as CSV (made
// by the Go program) and each chart as a PNG image.
import { $ } from './dom.js';

function save(url, name) {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

// wireDownloads connects the CSV button to csv(), which returns the file's
// text, and each chart's image button to its chart.
export function wireDownloads(charts, csv) {
  const button = $('download-csv');
  if (button) {
    button.addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
      save(url, 'xigong-2015.csv');
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    });
  }
  for (const b of document.querySelectorAll('#figures .png')) {
    b.addEventListener('click', () => {
      const chart = charts.get(b.dataset.chart);
      if (chart) save(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), 'xigong-2015-' + b.dataset.chart + '.png');
    });
  }
}
