import { get } from './api.js';
import { byTestId } from './dom.js';
import { loadMe, showUser } from './session.js';
import { connectHub } from './hub.js';
import { createIncidentStore } from './store.js';
import { createQueue } from './queue.js';
import { createDetail } from './detail.js';
import { createSignals } from './signals.js';
import { createResidents } from './residents.js';
import { createDevices } from './devices.js';
import { createTeams } from './teams.js';
import { createKpis } from './kpis.js';
import { createAdmin } from './admin.js';

const me = await loadMe();
if (me?.role === 'FieldStaff') location.replace('/staff.html');
else if (me) start(me);

function start(me) {
  showUser(me);
  document.body.dataset.role = me.role;

  const store = createIncidentStore();
  const detail = createDetail(store, me);
  const queue = createQueue(store, { onSelect: (id) => detail.open(id) });
  const signals = createSignals();
  const views = {
    queue: { activate() {} },
    residents: createResidents(),
    devices: createDevices(),
    teams: createTeams(),
    kpis: createKpis(),
  };
  if (me.role === 'Administrator') views.admin = createAdmin(me);
  else {
    byTestId('tab-admin')?.remove();
    document.getElementById('view-admin')?.remove();
  }
  setUpTabs(views);

  const resync = async () => store.setAll(await get('/api/incidents'));
  resync().catch((e) => console.warn('initial load failed', e));
  connectHub({
    IncidentChanged: (incident) => store.upsert(incident),
    Notified: (notice) => {
      if (!notice?.incident) return;
      store.upsert(notice.incident);
      queue.notice(notice);
    },
    RiskSignalRaised: (signal) => signals.add(signal),
    resync,
  }, byTestId('connection-state'));
}

function setUpTabs(views) {
  const show = (name) => {
    if (!views[name]) name = 'queue';
    for (const key of Object.keys(views)) {
      const tab = byTestId(`tab-${key}`);
      const section = document.getElementById(`view-${key}`);
      tab?.setAttribute('aria-selected', String(key === name));
      tab?.classList.toggle('active', key === name);
      if (section) section.hidden = key !== name;
    }
    views[name].activate();
  };
  for (const name of Object.keys(views)) {
    byTestId(`tab-${name}`)?.addEventListener('click', () => {
      if (location.hash === `#${name}`) show(name); else location.hash = name;
    });
  }
  window.addEventListener('hashchange', () => show(location.hash.slice(1)));
  show(location.hash.slice(1));
}
