import { el } from './dom.js';
import { createAccounts } from './admin-accounts.js';
import { createResidentEditor, createDeviceEditor } from './admin-registry.js';
import { createJsonEditor } from './admin-json.js';
import { createAudit } from './admin-audit.js';
import { select } from './forms.js';

/** Admin tab (Administrator only): accounts, registry, teams and rosters, policies, audit. */
export function createAdmin(me) {
  const root = document.getElementById('admin-root');
  const accounts = createAccounts();
  const audit = createAudit();
  const tenants = me.tenants ?? [];

  const team = createJsonEditor({
    name: 'team', title: 'Team', idLabel: 'Team id', path: (id) => `/api/admin/teams/${id}`,
    template: (id) => ({ id, tenant: tenants[0] ?? '', name: '', kind: 'HomeNursing', district: '', members: [] }),
    missing: (id) => `No team ${id} yet: fill in the template and save to create it.`,
  });
  const roster = createJsonEditor({
    name: 'roster', title: 'Roster', idLabel: 'Team id', path: (id) => `/api/admin/teams/${id}/roster`,
    template: () => ({ timeZone: 'Europe/Oslo', shifts: [], overrides: [] }),
    missing: (id) => `No roster for ${id} yet (or no such team): start from this template.`,
  });
  const policies = createJsonEditor({
    name: 'policies', title: 'Tenant policies', idLabel: 'Tenant', path: (t) => `/api/admin/tenants/${t}/policies`,
    idControl: select('policies-id', tenants.map((t) => [t, t])),
    template: (t) => ({ tenant: t, timeZone: 'Europe/Oslo', routing: [], escalation: [] }),
    missing: (t) => `${t} has no stored policies: the built-in defaults apply. Saving this replaces them.`,
  });

  const sections = [
    ['Accounts', accounts.element], ['Residents and devices', [createResidentEditor().element, createDeviceEditor().element]],
    ['Teams and rosters', [team.element, roster.element]], ['Policies', policies.element], ['Audit', audit.element],
  ];
  // Buttons, not links: the page's hash belongs to the tabs.
  root.append(el('nav', { class: 'admin-nav' }, sections.map(([label], i) => el('button', {
    type: 'button', class: 'link-button', text: label, on: { click: () => document.getElementById(`admin-${i}`).scrollIntoView({ block: 'start' }) },
  }))));
  sections.forEach(([, content], i) => root.append(el('div', { id: `admin-${i}`, class: 'admin-section' }, content)));

  let loaded = false;
  return {
    activate() {
      if (loaded) return;
      loaded = true;
      accounts.load();
      audit.load();
    },
  };
}
