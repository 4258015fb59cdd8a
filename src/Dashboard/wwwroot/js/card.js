import { get, seg } from './api.js';
import { el, clear } from './dom.js';
import { human, dateTime } from './format.js';

/**
 * Loads a resident card into container. Every read is audited on the server, so callers load it
 * once per opened incident or resident, not on every push.
 */
export async function showCard(container, residentId) {
  clear(container).append(el('p', { class: 'muted', text: 'Loading resident card…' }));
  try {
    const card = await get(`/api/residents/${seg(residentId)}/card`);
    clear(container).append(renderCard(card));
    return card;
  } catch (e) {
    const text = e.status === 403 ? (e.problem?.detail || e.message) : e.message;
    clear(container).append(el('p', { testid: 'card-error', class: 'message message-warn', role: 'status', text }));
    return null;
  }
}

export function renderCard(card) {
  return el('article', { testid: 'resident-card', class: 'card resident-card', data: { resident: card.id } },
    el('h3', { testid: 'card-name', class: 'card-name', text: card.name }),
    el('p', { class: 'muted' },
      `${human(card.careLevel)} care · ${card.district ?? '—'} · ${card.tenant ?? ''} · ${card.id}`),
    field('Address', el('span', { testid: 'card-address', class: 'card-address', text: card.address || '—' })),
    field('Access', el('span', { testid: 'card-access-notes', class: 'card-access', text: card.accessNotes || '—' })),
    field('Contacts', contacts(card.contacts ?? [])),
    field('Teams', (card.teams ?? []).map((t) => t.name || t.id).join(', ') || '—'),
    field('Devices', devices(card.devices ?? [])));
}

function field(label, value) {
  return el('div', { class: 'field' }, el('span', { class: 'field-label', text: label }), el('div', { class: 'field-value' }, value));
}

function contacts(list) {
  const ul = el('ul', { testid: 'card-contacts', class: 'plain-list' });
  if (!list.length) ul.append(el('li', { class: 'muted', text: 'No contact persons' }));
  for (const c of list) {
    const phone = String(c.phone ?? '');
    const dial = phone.replace(/[^+\d]/g, '');
    ul.append(el('li', {},
      el('span', { text: `${c.name ?? '—'}${c.relation ? ` (${c.relation})` : ''} ` }),
      dial ? el('a', { href: `tel:${dial}`, class: 'phone', text: phone }) : null));
  }
  return ul;
}

function devices(list) {
  const ul = el('ul', { testid: 'card-devices', class: 'plain-list' });
  if (!list.length) ul.append(el('li', { class: 'muted', text: 'No devices' }));
  for (const d of list) {
    const parts = [d.online ? 'online' : 'OFFLINE'];
    if (d.battery != null) parts.push(`battery ${d.battery} %`);
    if (d.mainsOn === false) parts.push('mains lost');
    if (d.tamper) parts.push('tamper');
    if (d.faults?.length) parts.push(d.faults.map(human).join(', '));
    parts.push(`last contact ${dateTime(d.lastContact)}`);
    ul.append(el('li', { class: d.online ? '' : 'device-offline', data: { device: d.id } },
      el('code', { text: d.id }), ` — ${parts.join(' · ')}`));
  }
  return ul;
}
