import { get } from './api.js';
import { el, clear, message } from './dom.js';
import { human, dateTime } from './format.js';
import { field, input, select } from './forms.js';

/** The audit trail, newest first, and a check of its hash chain. Read-only: the product offers no edit or delete. */
export function createAudit() {
  const resident = input('audit-resident', { placeholder: 'resident id' });
  const user = input('audit-user', { placeholder: 'user name' });
  const limit = select('audit-limit', [['50', '50'], ['200', '200'], ['1000', '1000']]);
  limit.value = '200';
  const body = el('tbody');
  const note = el('p', { class: 'message', role: 'status', hidden: true });
  const verdict = el('p', { class: 'message', role: 'status', testid: 'audit-verdict', hidden: true });

  const element = el('section', { class: 'admin-block' }, el('h3', { text: 'Audit trail' }),
    el('form', { class: 'toolbar', on: { submit: (e) => { e.preventDefault(); load(); } } },
      field('Resident', resident), field('User', user), field('Rows', limit),
      el('button', { type: 'submit', testid: 'audit-load', text: 'Show' }),
      el('button', { type: 'button', testid: 'audit-verify', text: 'Verify chain', on: { click: verify } })),
    verdict,
    note,
    el('table', { class: 'data-table' },
      el('thead', {}, el('tr', {}, ['Time', 'User', 'Role', 'Action', 'Resident', 'Incident', 'Subject', 'Detail'].map((h) => el('th', { text: h })))),
      body));

  async function load() {
    const query = new URLSearchParams({ limit: limit.value });
    if (resident.value.trim()) query.set('resident', resident.value.trim());
    if (user.value.trim()) query.set('user', user.value.trim());
    try {
      const entries = await get(`/api/admin/audit?${query}`);
      clear(body);
      for (const a of entries ?? []) {
        const denied = String(a.action).startsWith('Denied');
        body.append(el('tr', { testid: 'audit-row', class: denied ? 'denied' : '', data: { action: a.action, user: a.user } },
          el('td', { class: 'tabular', text: dateTime(a.at) }), el('td', { text: a.user }), el('td', { text: human(a.role) }),
          el('td', { text: human(a.action) }), el('td', { text: a.resident ?? '—' }), el('td', { text: a.incident ?? '—' }),
          el('td', { text: a.subject ?? '—' }), el('td', { text: a.detail ?? '' })));
      }
      message(note, entries?.length ? '' : 'No entries match.');
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  async function verify() {
    try {
      const v = await get('/api/admin/audit/verify');
      message(verdict, v.intact
        ? `Intact: ${v.rows} rows; last row ${v.lastRow ?? '—'}, hash ${v.lastHash ?? '—'}`
        : `Broken at row ${v.brokenRow}: ${v.problem}`, v.intact ? 'info' : 'warn');
    } catch (e) {
      message(verdict, e.message, 'warn');
    }
  }

  return { element, load };
}
