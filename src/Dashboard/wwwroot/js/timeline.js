import { get, seg } from './api.js';
import { el, clear } from './dom.js';
import { human, dateTime, actor } from './format.js';

/** The incident's timeline; load() may be called on every change, stale answers are dropped. */
export function createTimeline() {
  const list = el('ol', { testid: 'timeline', class: 'timeline' });
  let latest = 0;

  async function load(incidentId) {
    const ticket = ++latest;
    try {
      const entries = await get(`/api/incidents/${seg(incidentId)}/timeline`);
      if (ticket !== latest) return;
      render(entries ?? []);
    } catch (e) {
      if (ticket !== latest) return;
      clear(list).append(el('li', { class: 'message message-warn', text: `Timeline unavailable: ${e.message}` }));
    }
  }

  function render(entries) {
    clear(list);
    if (!entries.length) list.append(el('li', { class: 'muted', text: 'No entries yet.' }));
    for (const entry of entries) {
      list.append(el('li', { testid: 'timeline-entry', class: 'timeline-entry', data: { event: entry.event } },
        el('time', { datetime: entry.at, class: 'tabular', text: dateTime(entry.at) }),
        el('span', { class: 'timeline-event', text: human(entry.event) }),
        el('span', { class: 'muted', text: actor(entry.actor) }),
        entry.detail ? el('span', { class: 'timeline-detail', text: entry.detail }) : null));
    }
  }

  return { element: list, load, clear: () => { latest++; clear(list); } };
}
