import { get, seg } from './api.js';
import { el, byTestId, clear, setText } from './dom.js';
import { human, age, countdown, step, time } from './format.js';
import { createActions } from './actions.js';
import { createTimeline } from './timeline.js';
import { createSensorPanel } from './sensors.js';
import { showCard } from './card.js';

/** The incident detail beside the queue: summary, actions, resident card, sensor chart, timeline. */
export function createDetail(store, me) {
  const panel = byTestId('incident-detail');
  let current = null;
  let incident = null;

  const title = el('h2', { class: 'detail-title' });
  const facts = el('dl', { class: 'facts' });
  const actions = createActions({ mode: 'operator', me, onResult: (i) => store.upsert(i) });
  const cardBox = el('div', { class: 'card-box' });
  const sensors = createSensorPanel();
  const timeline = createTimeline();
  const closeButton = el('button', { type: 'button', class: 'link-button', text: 'Close', on: { click: close } });

  clear(panel).append(
    el('div', { class: 'detail-head' }, title, closeButton),
    facts, actions.element,
    el('div', { class: 'detail-columns' },
      el('div', {}, cardBox),
      el('div', {}, el('h3', { text: 'Timeline' }), timeline.element)),
    sensors.element);

  async function open(id) {
    const changed = id !== current;
    current = id;
    panel.hidden = false;
    incident = store.get(id) ?? null;
    if (!incident) {
      try { incident = await get(`/api/incidents/${seg(id)}`); } catch (e) { setText(title, e.message); return; }
    }
    fill();
    timeline.load(id);
    if (changed) {
      showCard(cardBox, incident.resident);
      sensors.show(incident.resident);
    }
  }

  function close() {
    current = null;
    incident = null;
    panel.hidden = true;
    timeline.clear();
  }

  function fill() {
    if (!incident) return;
    panel.dataset.incidentId = incident.id;
    panel.dataset.status = incident.status;
    panel.className = `panel detail prio-${incident.priority}`;
    setText(title, `${human(incident.kind)} — ${human(incident.priority)}`);
    const rows = [
      ['Status', `${human(incident.status)}${incident.outcome ? ` (${human(incident.outcome)})` : ''}`],
      ['Last event', human(incident.lastEvent)],
      ['Resident', incident.resident],
      ['Raised', `${time(incident.raisedAt)} (device ${time(incident.deviceTimestamp)})`],
      ['Age', incident.isClosed ? 'closed' : age(incident.raisedAt), 'detail-age'],
      ['Escalation', `${step(incident.escalationStep)}${incident.deadline ? `, deadline ${time(incident.deadline)}` : ''}`],
      ['Time left', countdown(incident.deadline)?.text ?? '—', 'detail-countdown'],
      ['Team', incident.team ?? 'none found'],
      ['Notified', (incident.notified ?? []).join(', ') || '—'],
      ['Assigned to', incident.assignedTo ?? '—'],
      ['Repeats joined', String(incident.duplicateCount ?? 0)],
      ['Device', incident.device],
      ['Incident', incident.id],
    ];
    clear(facts).append(...rows.flatMap(([k, v, cls]) => [el('dt', { text: k }), el('dd', { class: cls, text: v })]));
    actions.update(incident);
  }

  function tick() {
    if (!incident || panel.hidden || incident.isClosed) return;
    const a = facts.querySelector('.detail-age');
    if (a) setText(a, age(incident.raisedAt));
    const c = facts.querySelector('.detail-countdown');
    if (c) setText(c, countdown(incident.deadline)?.text ?? '—');
  }

  store.onChange((change) => {
    if (!current) return;
    if (change.kind === 'upsert' && change.incident.id === current) {
      incident = change.incident;
      fill();
      timeline.load(current);
    } else if (change.kind === 'reset') {
      // After a resync the incident may have closed while we were offline: ask for it directly.
      get(`/api/incidents/${seg(current)}`).then((i) => { if (i?.id === current) { incident = i; fill(); } }).catch(() => {});
      timeline.load(current);
    }
  });
  setInterval(tick, 1000);

  return { open, close };
}
