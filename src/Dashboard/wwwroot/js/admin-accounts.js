import { get, put, seg } from './api.js';
import { el, clear, message } from './dom.js';
import { human } from './format.js';
import { field, input, select, list, orNull } from './forms.js';

const roles = ['Operator', 'FieldStaff', 'TeamLead', 'Administrator'];

/** Accounts: list, and one form that creates or updates (PUT by user name). */
export function createAccounts() {
  const body = el('tbody');
  const note = el('p', { class: 'message', role: 'status', hidden: true });
  const f = {
    userName: input('account-user-name', { required: true }),
    displayName: input('account-display-name', { required: true }),
    role: select('account-role', roles.map((r) => [r, human(r)])),
    tenants: input('account-tenants', { placeholder: 'demo, oslo' }),
    staffId: input('account-staff-id', { placeholder: 'only for field staff and team leads' }),
    password: input('account-password', { type: 'password', autocomplete: 'new-password', placeholder: 'leave empty to keep' }),
  };
  const form = el('form', { class: 'form-grid', on: { submit: save } },
    field('User name', f.userName), field('Display name', f.displayName), field('Role', f.role),
    field('Tenants (comma-separated)', f.tenants), field('Staff id', f.staffId), field('Password (at least 8 characters)', f.password),
    el('div', { class: 'form-actions' },
      el('button', { type: 'submit', testid: 'account-save', class: 'primary', text: 'Save account' }),
      el('button', { type: 'reset', text: 'New account' })),
    note);

  const element = el('section', { class: 'admin-block' },
    el('h3', { text: 'Accounts' }),
    el('table', { class: 'data-table' },
      el('thead', {}, el('tr', {}, ['User name', 'Name', 'Role', 'Tenants', 'Staff id', ''].map((h) => el('th', { text: h })))), body),
    el('h4', { text: 'Create or update an account' }), form);

  async function load() {
    try {
      const accounts = await get('/api/admin/accounts');
      clear(body);
      for (const a of accounts ?? []) {
        body.append(el('tr', { testid: 'account-row', data: { user: a.userName } },
          el('td', {}, el('code', { text: a.userName })), el('td', { text: a.displayName }), el('td', { text: human(a.role) }),
          el('td', { text: (a.tenants ?? []).join(', ') }), el('td', { text: a.staffId ?? '—' }),
          el('td', {}, el('button', { type: 'button', class: 'link-button', text: 'Edit', on: { click: () => edit(a) } }))));
      }
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  function edit(a) {
    f.userName.value = a.userName;
    f.displayName.value = a.displayName ?? '';
    f.role.value = a.role;
    f.tenants.value = (a.tenants ?? []).join(', ');
    f.staffId.value = a.staffId ?? '';
    f.password.value = '';
    message(note, `Editing ${a.userName}.`);
    f.displayName.focus();
  }

  async function save(event) {
    event.preventDefault();
    const userName = f.userName.value.trim();
    const body = { displayName: f.displayName.value.trim(), role: f.role.value, tenants: list(f.tenants.value), staffId: orNull(f.staffId.value) };
    if (f.password.value) body.password = f.password.value;
    try {
      await put(`/api/admin/accounts/${seg(userName)}`, body);
      message(note, `Saved ${userName}.`, 'ok');
      f.password.value = '';
      load();
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  return { element, load };
}
