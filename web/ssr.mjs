// @ts-check
// ssr.mjs draws charts to SVG with ECharts' own server-side renderer, from
// the same modules the page bundles (echarts.js), for the build to put in
// the page (cmd/assemble). Run by Node with no DOM: it reads from standard
// input a JSON array of {option, width, height} and writes to standard
// output a JSON array of {svg, label}: each chart's SVG as drawn at its size
// with no animation, and its aria description.
//
// Run with NODE_ENV=production, as the page's bundle is built: ECharts then
// takes the same paths and prints no development warnings. Anything it logs
// goes to standard error, never into the output.
import echarts from './echarts.js';

console.log = console.error;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const out = JSON.parse(Buffer.concat(chunks).toString('utf8')).map(({ option, width, height }) => {
  const base = option.baseOption || option;
  base.animation = false;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { svg, label: (base.aria && base.aria.label && base.aria.label.description) || '' };
});
process.stdout.write(JSON.stringify(out));
