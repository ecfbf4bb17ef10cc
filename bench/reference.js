// reference.js is the yardstick of the benchmark: the same four charts, the
// same sliders and the same DOM work as the page, written by hand in plain
// JavaScript with the same ECharts build and no Go. It computes what the Go
// program computes (verdicts, margins, projection, chart options and patches),
// in Chinese, and shares charts.js, updates.js and dom.js with the page.
import targets from '../data/targets.json';
import { fail } from '../web/dom.js';
import { drawCharts, ready } from '../web/charts.js';
import { wire } from '../web/updates.js';

const MET = '#0072B2', MISSED = '#D55E00', TARGET = '#7f7f7f', LINE = '#333333', ENERGY = '#009E73';
const TEXT_MISSED = '#B34700', TEXT_ENERGY = '#00785A'; // label colours that read on white
const FONTS = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif"; // the Chinese page's (i18n.Messages.Fonts)
const HATCH = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -0.785398, color: 'rgba(255,255,255,0.55)', symbolKeepAspect: true };
const inds = targets.indicators;
const round = (x) => Math.round(x * 1e9) / 1e9;
const decimals = (step) => { for (let d = 0; d < 4; d++) { const p = 10 ** d; if (Math.abs(step * p - Math.round(step * p)) < 1e-9) return d; } return 4; };
const num = (x, d) => { let s = d < 0 ? String(x) : x.toFixed(d); if (s.startsWith('-')) s = /^-[0.]*$/.test(s) ? s.slice(1) : '−' + s.slice(1); return s; };
const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' })[c]);
const points = (unit) => unit === '‰' ? '个千分点' : '个百分点';

function snap(ind, x) {
  const r = ind.scenario;
  if (Number.isNaN(x)) return ind.value;
  x = Math.max(r.min, Math.min(r.max, x));
  return round(Math.min(r.min + Math.round((x - r.min) / r.step) * r.step, r.max));
}

function judge(ind, x) {
  let m;
  if (ind.bound === 'cap') m = ind.value - x;
  else if (ind.bound === 'about') m = ind.tolerance - Math.abs(x - ind.value);
  else m = x - ind.value;
  m = round(m);
  let miss = '';
  if (m < 0) miss = ind.bound === 'cap' ? '超出上限 ' : ind.bound !== 'about' ? '差 ' : x > ind.value ? '高于目标区间 ' : '低于目标区间 ';
  return { value: x, met: m >= 0, margin: m, miss };
}

function kind(ind) {
  const v = num(ind.value, -1) + ind.unit;
  switch (ind.bound) {
    case 'atLeast': return `增长目标：${v} 以上`;
    case 'about': return `增长目标：${v} 左右（±${num(ind.tolerance, -1)}，本工具的假设）`;
    case 'reduction': return `降低目标：降幅不低于 ${v}`;
    case 'cap': return `上限：不高于 ${v}`;
  }
  return `增长目标：不低于 ${v}`;
}

function evaluate(values) {
  const vs = inds.map((ind, i) => judge(ind, snap(ind, i < values.length && values[i] !== null ? values[i] : NaN)));
  const g = inds.findIndex((x) => x.id === targets.projection.gdp);
  const c = inds.findIndex((x) => x.id === targets.projection.energyIntensity);
  const idx = (rate) => round(100 * (1 + rate / 100));
  const energy = (gr, cut) => round(100 * (1 + gr / 100) * (1 - cut / 100));
  return {
    vs,
    gdp: { target: idx(inds[g].value), scenario: idx(vs[g].value) },
    energy: { target: energy(inds[g].value, inds[c].value), scenario: energy(vs[g].value, vs[c].value) },
  };
}

const scenarioText = (r, i) => num(r.vs[i].value, decimals(inds[i].scenario.step)) + inds[i].unit;
function verdictLine(r, i) {
  const v = r.vs[i], d = decimals(inds[i].scenario.step), u = inds[i].unit;
  return (v.met ? '✓ 达标' : '✗ 未达标') + '，' + (v.margin < 0 ? v.miss + num(-v.margin, d) : '余量 ' + num(v.margin, d)) + ' ' + points(u);
}
function tipOf(r, i) {
  const ind = inds[i];
  return { formatter: [ind.name.zh, '原文：' + ind.quote, '类型：' + kind(ind), '情景：' + scenarioText(r, i), verdictLine(r, i)].map(esc).join('<br>') };
}
function targetTip(i) {
  const ind = inds[i];
  return { formatter: [ind.name.zh, '原文：' + ind.quote, '类型：' + kind(ind)].map(esc).join('<br>') };
}
function scenarioItem(r, i) {
  const v = r.vs[i], color = v.met ? MET : MISSED;
  return {
    value: v.value,
    label: { show: true, position: 'right', formatter: (v.met ? '✓ ' : '✗ ') + scenarioText(r, i), color: v.met ? MET : TEXT_MISSED },
    itemStyle: v.met ? { color } : { color, decal: HATCH, borderColor: color, borderWidth: 1 },
    tooltip: tipOf(r, i),
  };
}

const growthIdx = inds.map((x, i) => i).filter((i) => inds[i].bound !== 'cap');
const capIdx = inds.map((x, i) => i).filter((i) => inds[i].bound === 'cap');

function growthTexts(r) {
  let met = 0, desc = '增长目标：目标与情景。';
  for (const i of growthIdx) {
    if (r.vs[i].met) met++;
    desc += inds[i].name.zh + '：' + kind(inds[i]) + '；情景 ' + scenarioText(r, i) + '；' + verdictLine(r, i) + '。';
  }
  return [`情景达标 ${met} / ${growthIdx.length} 项`, desc];
}
function capTexts(r, i) {
  const sub = '情景 ' + scenarioText(r, i) + ' · ' + verdictLine(r, i);
  return [sub, inds[i].name.zh + '。' + kind(inds[i]) + '。' + sub + '。'];
}
const projections = (r) => [['gdp', '地区生产总值指数', r.gdp, MET, MET], ['energy', '能源消费总量指数', r.energy, ENERGY, TEXT_ENERGY]];
function projectionTexts(r) {
  let desc = '推算（示意）：2014年 = 100。仅由增速计算，非公布数据。';
  for (const [, name, p] of projections(r)) desc += `${name}：目标 ${num(p.target, 2)}；情景 ${num(p.scenario, 2)}。`;
  return ['仅由增速计算，非公布数据', desc];
}
// projectionLine is a computed index's line to v; its end label moves up by
// shift px (down when negative), apart from the other index's.
function projectionLine(name, color, text, which, v, side, shift) {
  const point = (x, words, label = {}) => ({
    value: x, label: { show: words !== '', position: side, formatter: words, color: text, ...label }, itemStyle: { color },
    tooltip: { formatter: [name + ' · ' + which, '计算值：' + num(x, 2), '仅由增速计算，非公布数据'].map(esc).join('<br>') },
  });
  return [point(100, ''), point(v, which + ' ' + num(v, 1), { offset: [0, -shift] })];
}

// shifts are the end labels' shifts: the higher index's up (GDP's when equal).
const shifts = (a, b) => (a >= b ? [7, -7] : [-7, 7]);

const patch = ([sub, description], series) => ({ title: { subtext: sub }, aria: { label: { description } }, series });

// shows names the charts that show indicator i, as the Go program's
// charts.Shows does.
function shows(i) {
  const ind = inds[i];
  const ids = [ind.bound === 'cap' ? ind.id : 'growth'];
  if (ind.id === targets.projection.gdp || ind.id === targets.projection.energyIntensity) ids.push('projection');
  return ids;
}

// patches returns the patches of the charts that show the indicators at the
// indices changed, as the Go program does.
function patches(r, changed) {
  const want = new Set(changed.flatMap(shows));
  return [
    { id: 'growth', option: () => patch(growthTexts(r), [{ id: 'scenario', data: growthIdx.map((i) => scenarioItem(r, i)) }]) },
    ...capIdx.map((i) => ({ id: inds[i].id, option: () => patch(capTexts(r, i), [{ id: 'scenario', data: [scenarioItem(r, i)] }]) })),
    { id: 'projection', option: () => patch(projectionTexts(r), projections(r).map(([key, name, p, color, text], k) => ({ id: key + '-scenario', data: projectionLine(name, color, text, '情景', p.scenario, 'right', shifts(r.gdp.scenario, r.energy.scenario)[k]) }))) },
  ].filter((c) => want.has(c.id)).map((c) => ({ id: c.id, option: c.option() }));
}

function base(title, [sub, description], extra) {
  return {
    title: { text: title, subtext: sub, left: 'center', top: '0', textStyle: { fontSize: 15 }, subtextStyle: { fontSize: 12, color: '#444' } },
    aria: { enabled: true, label: { enabled: true, description } },
    legend: { show: false },
    tooltip: { show: true, trigger: 'item', confine: true },
    color: [MET, MISSED, ENERGY, '#E69F00', '#56B4E9', '#CC79A7', '#F0E442', TARGET],
    animationDuration: 0,
    animationDurationUpdate: 200,
    textStyle: { fontFamily: FONTS },
    ...extra,
  };
}

function options(r) {
  const growth = base('增长目标：目标与情景', growthTexts(r), {
    legend: { show: true, bottom: '0' },
    grid: [{ left: '8', right: '88', top: '56', bottom: '36', containLabel: true }],
    xAxis: [{ type: 'value', axisLabel: { formatter: '{value}%' } }],
    yAxis: [{ type: 'category', inverse: true, axisLabel: { width: 150, overflow: 'break' },
      data: growthIdx.map((i) => inds[i].name.zh + (inds[i].bound === 'reduction' ? '（降幅）' : '')) }],
    series: [
      { name: '目标', type: 'bar', id: 'target', itemStyle: { color: TARGET }, data: growthIdx.map((i) => {
        const ind = inds[i], v = num(ind.value, -1) + ind.unit;
        return { value: ind.value, label: { show: true, position: 'right', color: '#555',
          formatter: ind.bound === 'about' ? `目标 ≈${v} ±${num(ind.tolerance, -1)}` : '目标 ' + v },
          itemStyle: { color: TARGET }, tooltip: targetTip(i) };
      }) },
      { name: '情景', type: 'bar', id: 'scenario', itemStyle: { color: MET }, data: growthIdx.map((i) => scenarioItem(r, i)) },
    ],
  });
  const caps = capIdx.map((i) => {
    const ind = inds[i], cap = '上限 ' + num(ind.value, -1) + ind.unit;
    return { id: ind.id, option: base(`${ind.name.zh}：上限 ${num(ind.value, -1)}${ind.unit}`, capTexts(r, i), {
      grid: [{ left: '16', right: '32', top: '76', bottom: '16', containLabel: true }],
      xAxis: [{ type: 'value', min: Math.min(0, ind.scenario.min), max: ind.scenario.max, axisLabel: { formatter: '{value}' + ind.unit } }],
      yAxis: [{ type: 'category', data: ['情景'] }],
      series: [{ name: '情景', type: 'bar', id: 'scenario', barMaxWidth: '56', itemStyle: { color: MET }, data: [scenarioItem(r, i)],
        markLine: { symbol: ['none', 'none'], lineStyle: { color: LINE, width: 2, type: 'dashed' },
          data: [{ name: cap, xAxis: ind.value, label: { show: true, position: 'end', formatter: cap, color: LINE } }] },
        markArea: { label: { show: true, color: TEXT_MISSED, position: 'insideTop' }, itemStyle: { color: 'rgba(213,94,0,0.08)' },
          data: [[{ name: '超出上限', xAxis: ind.value }, { xAxis: ind.scenario.max }]] } }],
    }) };
  });
  const projection = base('推算（示意）：2014年 = 100', projectionTexts(r), {
    legend: { show: true, bottom: '0' },
    grid: [{ left: '16', right: '24', top: '64', bottom: '56', containLabel: true }],
    xAxis: [{ data: ['2014', '2015'] }],
    yAxis: [{ name: '计算值', type: 'value', scale: true }],
    series: projections(r).flatMap(([key, name, p, color, text], k) => [
      { name: name + ' · 目标', type: 'line', id: key + '-target', itemStyle: { color }, lineStyle: { color, width: 2, type: 'dashed' }, data: projectionLine(name, color, text, '目标', p.target, 'left', shifts(r.gdp.target, r.energy.target)[k]) },
      { name: name + ' · 情景', type: 'line', id: key + '-scenario', itemStyle: { color }, lineStyle: { color, width: 3 }, data: projectionLine(name, color, text, '情景', p.scenario, 'right', shifts(r.gdp.scenario, r.energy.scenario)[k]) },
    ]),
  });
  const media = [{ query: { maxWidth: 520 }, option: { title: { textStyle: { fontSize: 12 }, subtextStyle: { fontSize: 10 } }, xAxis: [{ splitNumber: 3 }] } }];
  return [{ id: 'growth', option: growth }, ...caps, { id: 'projection', option: projection }]
    .map(({ id, option }) => ({ id, option: { baseOption: option, media } }));
}

// last is the scenario shown, to patch only the charts that change.
let last = inds.map((x) => x.value);

// live is the page's live state of the scenario values: with the rows of
// the indicators changed (of all of them when all is true), as the Go
// program sends it.
function live(values, all) {
  const r = evaluate(values);
  const changed = r.vs.map((v, i) => (v.value !== last[i] ? i : -1)).filter((i) => i >= 0);
  last = r.vs.map((v) => v.value);
  const missed = [];
  r.vs.forEach((v, i) => {
    if (!v.met) missed.push(inds[i].name.zh + '（' + verdictLine(r, i).split('，')[1] + '）');
  });
  const rows = (all ? inds.map((_, i) => i) : changed).map((i) => {
    const ind = inds[i], v = r.vs[i], d = decimals(ind.scenario.step);
    const margin = (v.margin > 0 && num(v.margin, d).replace(/[0.]/g, '') !== '' ? '+' : '') + num(v.margin, d) + ' ' + points(ind.unit);
    return { id: ind.id, value: scenarioText(r, i), met: v.met, verdict: verdictLine(r, i), margin };
  });
  const e = r.energy.scenario - 100;
  return {
    values: r.vs.map((v) => v.value),
    summary: `情景达标 ${r.vs.filter((v) => v.met).length} / ${inds.length} 项`,
    missed: missed.length ? '未达标：' + missed.join('；') : '',
    follows: `按情景推算，地区生产总值指数为 ${num(r.gdp.scenario, 1)}（2014年 = 100）；能源消费总量增长 ${e > 0 ? '+' : ''}${num(e, 1)}%（由增速与能耗降幅推算）。`,
    rows,
    projected: projections(r).map(([key, , p]) => ({ key, value: num(p.scenario, 1) })),
    charts: patches(r, changed),
  };
}

async function main() {
  const values = inds.map((x) => x.value);
  const charts = await drawCharts(options(evaluate(values)));
  ready();
  wire(charts, live(values, true), {
    set: (vs) => live(vs),
    reset: () => live([]),
  });
}

main().catch(fail);
