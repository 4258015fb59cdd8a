import { get } from './api.js';
import { el, byTestId, clear, message } from './dom.js';
import { human } from './format.js';

/** Teams tab: every team with its members, and who is on duty right now. */
export function createTeams() {
  const body = byTestId('team-list');
  const note = byTestId('team-message');
  byTestId('team-refresh').addEventListener('click', load);

  async function load() {
    message(note, 'Loading…');
    try {
      const teams = await get('/api/teams');
      render(teams ?? []);
      message(note, teams?.length ? '' : 'No teams registered.');
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  function render(teams) {
    clear(body);
    for (const t of teams) {
      const onDuty = new Set(t.onDuty ?? []);
      const members = el('ul', { class: 'plain-list members' });
      for (const m of t.members ?? []) {
        const here = onDuty.has(m.staff);
        members.append(el('li', { class: here ? 'on-duty' : 'off-duty' },
          el('span', { class: 'duty-dot', 'aria-hidden': 'true' }),
          `${m.name || m.staff} · ${human(m.role)}${here ? ' · on duty' : ''}`));
      }
      const names = (t.members ?? []).filter((m) => onDuty.has(m.staff)).map((m) => m.name || m.staff);
      const unknown = [...onDuty].filter((s) => !(t.members ?? []).some((m) => m.staff === s));
      const dutyText = [...names, ...unknown].join(', ');
      body.append(el('tr', { testid: 'team-row', data: { team: t.id } },
        el('td', {}, el('strong', { text: t.name }), el('div', { class: 'muted', text: t.id })),
        el('td', { text: t.tenant }),
        el('td', { text: human(t.kind) }),
        el('td', { text: t.district ?? '—' }),
        el('td', { class: dutyText ? 'on-duty-now' : 'nobody', text: dutyText || 'Nobody on duty' }),
        el('td', {}, members)));
    }
  }

  return { activate: load };
}
