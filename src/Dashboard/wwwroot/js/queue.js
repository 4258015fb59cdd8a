import { el, byTestId, setText } from './dom.js';
import { human, age, countdown, step, time } from './format.js';

// Last events that mean "look here": shown beside the status.
const warnings = new Set(['NobodyOnDuty', 'DeadlinePassed', 'Declined', 'EscalationExhausted']);

/** The live queue: rows are kept and updated in place, reordered only when the order changes. */
export function createQueue(store, { onSelect }) {
  const list = byTestId('queue');
  const count = byTestId('queue-count');
  const rows = new Map();
  const empty = el('li', { class: 'queue-empty', text: 'No open alarms. All quiet.' });
  let selected = null;
  // Escalation steps that ask the centre itself to act, by incident id.
  const asks = new Map();

  function render() {
    const incidents = store.sorted();
    for (const [id, row] of rows) {
      if (!store.has(id)) { row.remove(); rows.delete(id); }
    }
    incidents.forEach((incident, index) => {
      let row = rows.get(incident.id);
      if (!row) { row = createRow(incident.id); rows.set(incident.id, row); }
      fill(row, incident);
      if (list.children[index] !== row) list.insertBefore(row, list.children[index] ?? null);
    });
    if (!incidents.length) list.append(empty); else empty.remove();
    if (count) setText(count, String(incidents.length));
  }

  function createRow(id) {
    const row = el('li', { testid: 'queue-row', class: 'queue-row', tabindex: '0', role: 'button', data: { incidentId: id },
      on: {
        click: () => select(id),
        keydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(id); } },
      } },
    el('span', { class: 'cell-priority' }),
    el('span', { class: 'cell-kind' }, el('span', { testid: 'row-kind', class: 'row-kind' }), el('span', { class: 'row-dupes' })),
    el('span', { class: 'cell-resident' }),
    el('span', { class: 'cell-status' }, el('span', { testid: 'row-status', class: 'row-status' }), el('span', { class: 'row-warning' })),
    el('span', { class: 'cell-step' }),
    el('span', { testid: 'row-age', class: 'row-age tabular' }),
    el('span', { testid: 'row-countdown', class: 'row-countdown tabular' }));
    return row;
  }

  function fill(row, i) {
    row.dataset.status = i.status;
    row.dataset.resident = i.resident;
    row.dataset.priority = i.priority;
    row.className = `queue-row prio-${i.priority}${selected === i.id ? ' selected' : ''}`;
    row.setAttribute('aria-label', `${human(i.kind)}, ${human(i.priority)}, ${human(i.status)}, resident ${i.resident}`);
    setText(row.querySelector('.cell-priority'), human(i.priority));
    setText(row.querySelector('.row-kind'), human(i.kind));
    setText(row.querySelector('.row-dupes'), i.duplicateCount ? ` ×${i.duplicateCount + 1}` : '');
    setText(row.querySelector('.cell-resident'), i.resident);
    setText(row.querySelector('.row-status'), human(i.status));
    if (!['Raised', 'Dispatched'].includes(i.status)) asks.delete(i.id);
    setText(row.querySelector('.row-warning'), asks.get(i.id) ?? (warnings.has(i.lastEvent) ? human(i.lastEvent) : ''));
    setText(row.querySelector('.cell-step'), step(i.escalationStep));
    row.title = `Raised ${time(i.raisedAt)} · team ${i.team ?? 'none'} · device ${i.device}`;
    tickRow(row, i);
  }

  function tickRow(row, i) {
    setText(row.querySelector('.row-age'), age(i.raisedAt));
    const left = countdown(i.deadline);
    const cell = row.querySelector('.row-countdown');
    setText(cell, left ? left.text : '—');
    cell.classList.toggle('overdue', !!left?.overdue);
    cell.classList.toggle('running', !!left && !left.overdue);
  }

  function select(id) {
    selected = id;
    for (const [rowId, row] of rows) row.classList.toggle('selected', rowId === id);
    onSelect(id);
  }

  store.onChange(render);
  setInterval(() => { for (const [id, row] of rows) { const i = store.get(id); if (i) tickRow(row, i); } }, 1000);
  render();
  /** An escalation notice: steps aimed at the operators or at 113 are shown on the row. */
  function notice(n) {
    const text = { Operators: 'Operators asked to act', EmergencyServices: 'Call emergency services (113)' }[n?.target];
    if (!text || !n.incident) return;
    asks.set(n.incident.id, text);
    const row = rows.get(n.incident.id);
    if (row && store.get(n.incident.id)) fill(row, store.get(n.incident.id));
  }

  return { select, notice };
}
