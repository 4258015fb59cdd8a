import { get, put, seg } from './api.js';
import { el, message } from './dom.js';
import { human } from './format.js';
import { field, input, select, list, orNull } from './forms.js';

const careLevels = ['Basic', 'AtRisk', 'Intensive', 'Severe'];

/** Resident editor (PUT /api/admin/residents/{id}); Load prefills from the (audited) card. */
export function createResidentEditor() {
  const note = el('p', { class: 'message', role: 'status', hidden: true });
  const f = {
    id: input('admin-resident-id', { required: true }),
    tenant: input('admin-resident-tenant', { required: true }),
    name: input('admin-resident-name', { required: true }),
    district: input('admin-resident-district', { required: true }),
    careLevel: select('admin-resident-care-level', careLevels.map((c) => [c, human(c)])),
    teams: input('admin-resident-teams', { placeholder: 'team ids, comma-separated' }),
    address: input('admin-resident-address'),
    accessNotes: el('textarea', { testid: 'admin-resident-access-notes', rows: 2 }),
    contacts: el('textarea', { testid: 'admin-resident-contacts', rows: 3, placeholder: 'Name | Relation | Phone (one per line)' }),
  };
  const loadButton = el('button', { type: 'button', text: 'Load', on: { click: load } });

  const element = el('section', { class: 'admin-block' }, el('h3', { text: 'Resident' }),
    el('form', { class: 'form-grid', on: { submit: save } },
      field('Resident id', el('div', { class: 'inline' }, f.id, loadButton)), field('Tenant', f.tenant), field('Name', f.name),
      field('District', f.district), field('Care level', f.careLevel), field('Assigned teams', f.teams),
      field('Address', f.address), field('Access notes', f.accessNotes), field('Contacts', f.contacts),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', testid: 'admin-resident-save', class: 'primary', text: 'Save resident' })),
      note));

  async function load() {
    const id = f.id.value.trim();
    if (!id) return message(note, 'Enter a resident id first.', 'warn');
    try {
      const card = await get(`/api/residents/${seg(id)}/card`);
      f.tenant.value = card.tenant ?? '';
      f.name.value = card.name ?? '';
      f.district.value = card.district ?? '';
      f.careLevel.value = card.careLevel ?? 'Basic';
      f.teams.value = (card.teams ?? []).map((t) => t.id).join(', ');
      f.address.value = card.address ?? '';
      f.accessNotes.value = card.accessNotes ?? '';
      f.contacts.value = (card.contacts ?? []).map((c) => [c.name, c.relation, c.phone].join(' | ')).join('\n');
      message(note, `Loaded ${id}.`);
    } catch (e) {
      message(note, e.status === 404 ? `${id} is not registered yet: fill in the form to register it.` : e.message, 'warn');
    }
  }

  async function save(event) {
    event.preventDefault();
    const id = f.id.value.trim();
    const contacts = f.contacts.value.split('\n').map((line) => line.split('|').map((s) => s.trim())).filter((p) => p[0])
      .map(([name, relation = '', phone = '']) => ({ name, relation, phone }));
    const body = { id, tenant: f.tenant.value.trim(), name: f.name.value.trim(), district: f.district.value.trim(),
      careLevel: f.careLevel.value, assignedTeams: list(f.teams.value), address: orNull(f.address.value),
      accessNotes: orNull(f.accessNotes.value), contacts };
    try {
      await put(`/api/admin/residents/${seg(id)}`, body);
      message(note, `Saved ${id}.`, 'ok');
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  return { element };
}

/** Device registration: which resident a device belongs to. */
export function createDeviceEditor() {
  const note = el('p', { class: 'message', role: 'status', hidden: true });
  const device = input('admin-device-id', { required: true });
  const resident = input('admin-device-resident', { required: true });
  const lookUp = el('button', { type: 'button', text: 'Look up', on: { click: load } });

  const element = el('section', { class: 'admin-block' }, el('h3', { text: 'Device registration' }),
    el('form', { class: 'form-grid', on: { submit: save } },
      field('Device id', el('div', { class: 'inline' }, device, lookUp)), field('Resident id', resident),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', testid: 'admin-device-save', class: 'primary', text: 'Register device' })),
      note));

  async function load() {
    const id = device.value.trim();
    if (!id) return;
    try {
      const assignment = await get(`/api/admin/devices/${seg(id)}`);
      resident.value = assignment?.resident ?? '';
      message(note, `${id} belongs to ${assignment?.resident ?? 'nobody'}.`);
    } catch (e) {
      message(note, e.status === 404 ? `${id} is not registered yet.` : e.message, 'warn');
    }
  }

  async function save(event) {
    event.preventDefault();
    const id = device.value.trim();
    try {
      await put(`/api/admin/devices/${seg(id)}`, { resident: resident.value.trim() });
      message(note, `Registered ${id} to ${resident.value.trim()}.`, 'ok');
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  return { element };
}
