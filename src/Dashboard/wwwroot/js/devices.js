import { get } from './api.js';
import { el, byTestId, clear, message } from './dom.js';
import { human, dateTime, age } from './format.js';

/** Devices tab: open technical problems, refreshed on each visit and on demand. */
export function createDevices() {
  const body = byTestId('device-health');
  const note = byTestId('device-message');
  byTestId('device-refresh').addEventListener('click', load);

  async function load() {
    message(note, 'Loading…');
    try {
      const problems = await get('/api/devices/health');
      render(problems ?? []);
      message(note, problems?.length ? '' : 'Every device is healthy.');
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  function render(problems) {
    clear(body);
    for (const p of problems) {
      body.append(el('tr', { testid: 'device-health-row', data: { device: p.device, problem: p.problem } },
        el('td', {}, el('code', { text: p.device })),
        el('td', { text: `${p.residentName ?? '—'} (${p.resident ?? '—'})` }),
        el('td', { text: p.tenant }),
        el('td', { class: 'problem', text: human(p.problem) }),
        el('td', { class: 'tabular', text: p.since ? `${dateTime(p.since)} (${age(p.since)})` : '—' }),
        el('td', { class: 'tabular', text: p.battery == null ? '—' : `${p.battery} %` }),
        el('td', { class: 'tabular', text: dateTime(p.lastContact) }),
        el('td', {}, p.incident ? el('code', { text: p.incident }) : '—')));
    }
  }

  return { activate: load };
}
