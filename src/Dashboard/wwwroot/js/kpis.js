import { get } from './api.js';
import { el, byTestId, clear, setText, message } from './dom.js';
import { shortDuration, percent, dateTime } from './format.js';
import { chartSvg, barChart, columnChart } from './charts.js';

// Round axis ends for durations, in seconds: 30 s … 24 h.
const durationSteps = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

const measures = [
  { key: 'acceptSeconds', label: 'Median time to accept' },
  { key: 'arriveSeconds', label: 'Median time to arrive' },
  { key: 'resolveSeconds', label: 'Median time to resolve' },
];

/** KPIs tab: headline figures and, per team, district and hour, the median times as bar charts. */
export function createKpis() {
  const days = byTestId('kpi-days');
  const note = byTestId('kpi-message');
  const groups = { byTeam: byTestId('kpi-by-team'), byDistrict: byTestId('kpi-by-district'), byHour: byTestId('kpi-by-hour') };
  days.addEventListener('change', load);
  let latest = 0;
  let teamNames = null;

  async function load() {
    const ticket = ++latest;
    message(note, 'Loading…');
    try {
      teamNames ??= await loadTeamNames();
      const k = await get(`/api/kpis?days=${encodeURIComponent(days.value)}`);
      if (ticket !== latest) return;
      message(note, '');
      render(k);
    } catch (e) {
      if (ticket === latest) message(note, e.message, 'warn');
    }
  }

  function render(k) {
    setText(byTestId('kpi-closed'), String(k.closed ?? 0));
    setText(byTestId('kpi-false-alarm'), percent(k.falseAlarmShare));
    setText(byTestId('kpi-period'), `${dateTime(k.from)} – ${dateTime(k.to)}`);
    for (const [name, box] of Object.entries(groups)) {
      const rows = name === 'byHour' ? allHours(k.byHour ?? []) : (k[name] ?? []);
      clear(box);
      for (const m of measures) box.append(chartFigure(name, rows, m));
    }
  }

  function chartFigure(name, rows, measure) {
    const label = `${measure.label}, ${name === 'byTeam' ? 'per team' : name === 'byDistrict' ? 'per district' : 'per hour raised'}`;
    const root = chartSvg(420, 120, label);
    const data = rows.map((r) => ({
      label: name === 'byTeam' ? teamNames?.get(r.key) ?? r.key : r.key,
      value: r[measure.key]?.median ?? null,
      note: `${r.count} closed, p90 ${shortDuration(r[measure.key]?.p90)}`,
    }));
    const options = { label, format: shortDuration, steps: durationSteps };
    if (name === 'byHour') columnChart(root, data, options);
    else barChart(root, data, options);
    return el('figure', { testid: 'kpi-chart', class: 'kpi-figure', data: { group: name, measure: measure.key } },
      el('figcaption', { text: measure.label }), root);
  }

  // Team names make the chart readable; ids will do when the list cannot be had.
  async function loadTeamNames() {
    try {
      return new Map((await get('/api/teams')).map((t) => [t.id, t.name || t.id]));
    } catch {
      return new Map();
    }
  }

  // The server may leave out hours without data; the chart still shows all 24.
  function allHours(rows) {
    const byKey = new Map(rows.map((r) => [String(r.key).padStart(2, '0'), r]));
    return Array.from({ length: 24 }, (_, h) => {
      const key = String(h).padStart(2, '0');
      return byKey.get(key) ?? { key, count: 0 };
    });
  }

  return { activate: load };
}
