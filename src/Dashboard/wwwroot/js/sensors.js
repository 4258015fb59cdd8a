import { get, seg } from './api.js';
import { el, message } from './dom.js';
import { human, metrics, time } from './format.js';
import { chartSvg, lineChart } from './charts.js';

const ranges = [
  { value: '6', label: 'Last 6 hours', bucket: '00:05:00' },
  { value: '24', label: 'Last 24 hours', bucket: '00:15:00' },
  { value: '168', label: 'Last 7 days', bucket: '01:00:00' },
];

const units = { Temperature: '°C', StoveTemperature: '°C', StoveCurrent: 'A', Pulse: 'bpm', BloodPressureSystolic: 'mmHg',
  BloodPressureDiastolic: 'mmHg', Weight: 'kg', Battery: '%', Signal: 'dBm' };

/** Metric select + range select + line chart of one resident's sensor series. Reads are audited. */
export function createSensorPanel() {
  let resident = null;
  let latest = 0;
  const metric = el('select', { testid: 'sensor-metric', 'aria-label': 'Metric' }, metrics.map((m) => el('option', { value: m, text: human(m) })));
  const range = el('select', { testid: 'sensor-range', 'aria-label': 'Period' }, ranges.map((r) => el('option', { value: r.value, text: r.label })));
  range.value = '24';
  const chart = chartSvg(600, 220, 'Sensor readings');
  chart.dataset.testid = 'sensor-chart';
  const note = el('p', { testid: 'sensor-message', class: 'message', role: 'status', hidden: true });
  const element = el('section', { class: 'sensor-panel' },
    el('div', { class: 'toolbar' }, el('h3', { text: 'Sensor readings' }), metric, range), chart, note);

  metric.addEventListener('change', () => load());
  range.addEventListener('change', () => load());

  async function load() {
    if (!resident) return;
    const ticket = ++latest;
    const chosen = ranges.find((r) => r.value === range.value) ?? ranges[1];
    const to = new Date();
    const from = new Date(to.getTime() - Number(chosen.value) * 3600_000);
    const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), bucket: chosen.bucket });
    message(note, 'Loading…');
    try {
      const buckets = await get(`/api/residents/${seg(resident)}/series/${seg(metric.value)}?${query}`);
      if (ticket !== latest) return;
      draw(buckets ?? []);
      message(note, buckets?.length ? '' : 'No readings for this period.');
    } catch (e) {
      if (ticket !== latest) return;
      draw([]);
      message(note, e.status === 503 ? 'Time-series store unavailable — readings cannot be shown right now.' : e.message, 'warn');
    }
  }

  function draw(buckets) {
    const unit = units[metric.value] ?? '';
    const points = buckets.map((b) => ({ t: Date.parse(b.start), mean: b.mean, min: b.min, max: b.max }));
    const short = Number(range.value) <= 24;
    lineChart(chart, points, {
      label: `${human(metric.value)}${unit ? ` (${unit})` : ''}`,
      format: (v) => `${Math.round(v * 10) / 10}${unit ? ` ${unit}` : ''}`,
      timeLabel: (t) => (short ? time(new Date(t).toISOString()).slice(0, 5) : new Date(t).toLocaleDateString([], { weekday: 'short', day: 'numeric' })),
    });
  }

  return {
    element,
    show(residentId) { resident = residentId; load(); },
  };
}
