import { priorityRank } from './format.js';

/** Open incidents by id, in queue order: priority first, then oldest first. */
export function createIncidentStore() {
  const items = new Map();
  const listeners = new Set();
  const notify = (change) => listeners.forEach((fn) => fn(change));

  return {
    get: (id) => items.get(id),
    has: (id) => items.has(id),
    get size() { return items.size; },
    onChange(fn) { listeners.add(fn); },

    /** Replaces everything (initial load, resync); answers the ids that were not known before. */
    setAll(list) {
      const added = list.filter((i) => !items.has(i.id) && !i.isClosed).map((i) => i.id);
      items.clear();
      list.filter((i) => !i.isClosed).forEach((i) => items.set(i.id, i));
      notify({ kind: 'reset', added });
      return added;
    },

    /** Adds, updates or (when closed) removes one incident; answers whether it was new. */
    upsert(incident) {
      const isNew = !items.has(incident.id);
      if (incident.isClosed) items.delete(incident.id);
      else items.set(incident.id, incident);
      notify({ kind: 'upsert', incident, isNew });
      return isNew && !incident.isClosed;
    },

    sorted() {
      return [...items.values()].sort(compareIncidents);
    },
  };
}

export function compareIncidents(a, b) {
  const byPriority = (priorityRank[a.priority] ?? 9) - (priorityRank[b.priority] ?? 9);
  return byPriority || Date.parse(a.raisedAt) - Date.parse(b.raisedAt);
}
