import { get, seg } from './api.js';
import { el, byTestId, clear, setText, message } from './dom.js';
import { human, age, step, time } from './format.js';
import { loadMe, showUser } from './session.js';
import { connectHub } from './hub.js';
import { createIncidentStore } from './store.js';
import { createActions } from './actions.js';
import { showCard } from './card.js';
import { enableSound, alertUser } from './sound.js';

const me = await loadMe();
if (me) start(me);

function start(me) {
  showUser(me);
  const store = createIncidentStore();
  const list = byTestId('alert-list');
  const listView = document.getElementById('list-view');
  const detail = byTestId('alert-detail');
  const summary = byTestId('alert-summary');
  const cardBox = byTestId('alert-card');
  const note = byTestId('alert-note');
  // Declining leaves me among the notified, so the alert stays listed; it just stops asking for me.
  const declined = new Set();
  const actions = createActions({ mode: 'staff', me, onResult: (i, verb) => {
    if (verb === 'decline') declined.add(i.id);
    if (verb === 'accept') declined.delete(i.id);
    store.upsert(i);
  } });
  byTestId('alert-actions').append(actions.element);
  let current = null;
  let currentIncident = null;
  let synced = false;

  const waitingForMe = (i) => ['Raised', 'Dispatched'].includes(i.status) && !declined.has(i.id)
    && (!me.staffId || (i.notified ?? []).includes(me.staffId));

  const soundButton = byTestId('enable-sound');
  soundButton.addEventListener('click', () => {
    const on = enableSound();
    soundButton.textContent = on ? 'Sound on' : 'Sound not supported';
    soundButton.setAttribute('aria-pressed', String(on));
    soundButton.classList.toggle('is-on', on);
  });

  function renderList() {
    const incidents = store.sorted();
    clear(list);
    if (!incidents.length) list.append(el('li', { class: 'queue-empty', text: 'No alerts for you right now.' }));
    for (const i of incidents) {
      list.append(el('li', {},
        el('button', { type: 'button', testid: 'alert-row', class: `alert-row prio-${i.priority}${waitingForMe(i) ? ' waiting' : ''}`,
          data: { incidentId: i.id, status: i.status, resident: i.resident }, on: { click: () => open(i.id) } },
        el('span', { class: 'alert-kind', text: human(i.kind) }),
        el('span', { class: 'alert-status', text: `${human(i.status)} · ${human(i.priority)}${declined.has(i.id) ? ' · you declined' : ''}` }),
        el('span', { class: 'alert-meta' },
          el('span', { class: 'alert-age tabular', data: { raisedAt: i.raisedAt }, text: age(i.raisedAt) }),
          ` · ${i.resident} · ${step(i.escalationStep)}`))));
    }
    const waiting = incidents.filter(waitingForMe).length;
    document.title = waiting ? `(${waiting}) My alerts — ResponseCentre` : 'My alerts — ResponseCentre';
  }

  function open(id) {
    actions.element.hidden = false;
    const changed = id !== current;
    current = id;
    currentIncident = store.get(id) ?? currentIncident;
    listView.hidden = true;
    detail.hidden = false;
    fillDetail();
    if (changed) {
      showCard(cardBox, currentIncident.resident);
      window.scrollTo(0, 0);
    }
  }

  // A link straight to a resident's card (#card=<resident id>), e.g. passed on by an operator.
  // The server decides: it shows the card only while one of the resident's alarms is dispatched to me.
  function openCardFromHash() {
    const residentId = new URLSearchParams(location.hash.slice(1)).get('card');
    if (!residentId) return;
    current = null;
    currentIncident = null;
    listView.hidden = true;
    detail.hidden = false;
    delete detail.dataset.incidentId;
    clear(summary).append(el('h2', { text: 'Resident card' }));
    message(note, '');
    actions.element.hidden = true;
    showCard(cardBox, residentId);
  }
  window.addEventListener('hashchange', openCardFromHash);

  function back() {
    if (location.hash) history.replaceState(null, '', location.pathname);
    actions.element.hidden = false;
    current = null;
    detail.hidden = true;
    listView.hidden = false;
  }
  byTestId('alert-back').addEventListener('click', back);

  function fillDetail() {
    const i = currentIncident;
    if (!i) return;
    detail.dataset.incidentId = i.id;
    detail.dataset.status = i.status;
    detail.className = `alert-detail prio-${i.priority}`;
    clear(summary).append(
      el('h2', { text: human(i.kind) }),
      el('p', { class: 'alert-status', text: `${human(i.status)} · ${human(i.priority)}${i.outcome ? ` · ${human(i.outcome)}` : ''}` }),
      el('p', { class: 'muted' }, 'Raised ', el('span', { text: time(i.raisedAt) }), ' · ',
        el('span', { class: 'detail-age tabular', text: i.isClosed ? 'closed' : age(i.raisedAt) })));
    if (i.isClosed) message(note, `This alert is closed: ${human(i.status)}${i.outcome ? ` (${human(i.outcome)})` : ''}.`, 'info');
    else if (declined.has(i.id) && !i.assignedTo) message(note, 'You declined this alert; it has moved on to others.', 'info');
    else message(note, '');
    actions.update(i);
  }

  store.onChange((change) => {
    renderList();
    if (!current) return;
    if (change.kind === 'upsert' && change.incident.id === current) {
      currentIncident = change.incident;
      fillDetail();
    } else if (change.kind === 'reset') {
      if (store.has(current)) { currentIncident = store.get(current); fillDetail(); return; }
      // Gone from my list after a resync: closed, or handed to someone else while I was offline.
      get(`/api/incidents/${seg(current)}`, { redirect: true })
        .then((i) => { currentIncident = i; fillDetail(); })
        .catch(() => message(note, 'This alert is no longer assigned to you.', 'info'));
    }
  });

  setInterval(() => {
    document.querySelectorAll('.alert-age').forEach((n) => setText(n, age(n.dataset.raisedAt)));
    const a = detail.querySelector('.detail-age');
    if (a && currentIncident && !currentIncident.isClosed) setText(a, age(currentIncident.raisedAt));
  }, 1000);

  const resync = async () => {
    const added = store.setAll(await get('/api/incidents'));
    // Alerts that arrived while offline deserve the same attention as pushed ones.
    if (synced && added.some((id) => waitingForMe(store.get(id)))) alertUser();
    synced = true;
  };
  resync().catch((e) => console.warn('initial load failed', e));

  connectHub({
    IncidentChanged: (i) => { if (store.upsert(i) && waitingForMe(i)) alertUser(); },
    Notified: (notice) => {
      if (!notice?.incident) return;
      store.upsert(notice.incident);
      if (!me.staffId || (notice.recipients ?? []).includes(me.staffId)) alertUser();
    },
    resync,
  }, byTestId('connection-state'));
  renderList();
  openCardFromHash();
}
