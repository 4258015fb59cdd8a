import { get } from './api.js';
import { el, byTestId, clear, message } from './dom.js';
import { human } from './format.js';
import { showCard } from './card.js';
import { createSensorPanel } from './sensors.js';

/** Residents tab: debounced search, list, and the chosen resident's card and sensor chart. */
export function createResidents() {
  const input = byTestId('resident-search');
  const list = byTestId('resident-list');
  const note = byTestId('resident-message');
  const cardBox = byTestId('resident-card-box');
  const sensors = createSensorPanel();
  const sensorBox = byTestId('resident-sensors');
  let latest = 0;
  let timer = null;
  let loaded = false;
  let chosen = null;

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { clearTimeout(timer); search(); } });

  async function search() {
    const ticket = ++latest;
    const query = new URLSearchParams({ q: input.value.trim(), limit: '50' });
    try {
      const residents = await get(`/api/residents?${query}`);
      if (ticket !== latest) return;
      render(residents ?? []);
    } catch (e) {
      if (ticket !== latest) return;
      clear(list);
      message(note, e.message, 'warn');
    }
  }

  function render(residents) {
    clear(list);
    message(note, residents.length ? '' : 'No residents match.');
    for (const r of residents) {
      const row = el('li', {},
        el('button', { type: 'button', testid: 'resident-row', class: `resident-row${r.id === chosen ? ' selected' : ''}`, data: { resident: r.id },
          on: { click: () => choose(r.id) } },
        el('strong', { text: r.name }),
        el('span', { class: 'muted', text: ` ${r.district ?? ''} · ${human(r.careLevel)} · ${r.tenant} · ${r.id}` })));
      list.append(row);
    }
  }

  function choose(id) {
    chosen = id;
    list.querySelectorAll('.resident-row').forEach((b) => b.classList.toggle('selected', b.dataset.resident === id));
    showCard(cardBox, id);
    if (!sensorBox.contains(sensors.element)) sensorBox.append(sensors.element);
    sensors.show(id);
  }

  return {
    activate() {
      if (!loaded) { loaded = true; search(); }
      input.focus();
    },
  };
}
