import { get } from './api.js';

const ONLINE = 'Online';
const OFFLINE = 'Offline — reconnecting…';
const delays = [0, 1000, 2000, 5000];

// Never null: a response centre screen must keep trying for as long as it is open.
const nextDelay = (retry) => delays[Math.min(retry, delays.length - 1)] + (retry >= delays.length ? Math.random() * 2000 : 0);

/**
 * Connects to /hubs/incidents and keeps connected. handlers: { IncidentChanged, Notified,
 * RiskSignalRaised, resync } — resync runs after every (re)connect, because pushes may have
 * been missed while offline. banner is the connection-state element.
 */
export function connectHub(handlers, banner) {
  const state = createBanner(banner);

  if (typeof window.signalR === 'undefined') {
    // The client script did not load: no live pushes, so poll instead of showing a stale queue.
    state.offline();
    const poll = () => handlers.resync?.().catch(() => {});
    poll();
    setInterval(poll, 10000);
    return null;
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/incidents')
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => nextDelay(ctx.previousRetryCount) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  for (const name of ['IncidentChanged', 'Notified', 'RiskSignalRaised']) {
    // Braces matter: a handler that returns a value is taken by SignalR as a client result.
    if (handlers[name]) connection.on(name, (payload) => { handlers[name](payload); });
  }

  const resync = () => handlers.resync?.().catch((e) => console.warn('resync failed', e));
  // A signed-out session shows up as failed negotiation; asking /me sends the user to sign in.
  const checkSession = () => get('/api/auth/me').catch(() => {});

  connection.onreconnecting(() => { state.offline(); checkSession(); });
  connection.onreconnected(() => { state.online(); resync(); });
  connection.onclose(() => { state.offline(); startLoop(); });

  let starting = false;
  async function startLoop() {
    if (starting) return;
    starting = true;
    for (let attempt = 0; ; attempt++) {
      if (connection.state === signalR.HubConnectionState.Connected) break;
      try {
        if (connection.state === signalR.HubConnectionState.Disconnected) await connection.start();
        if (connection.state === signalR.HubConnectionState.Connected) break;
      } catch {
        state.offline();
        if (attempt % 3 === 0) checkSession();
      }
      await new Promise((r) => setTimeout(r, nextDelay(attempt + 1)));
    }
    starting = false;
    state.online();
    resync();
  }

  window.addEventListener('offline', () => state.offline());
  window.addEventListener('online', () => {
    if (connection.state === signalR.HubConnectionState.Connected) { state.online(); resync(); } else startLoop();
  });
  // Phones suspend background tabs; catch up when the page is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && connection.state === signalR.HubConnectionState.Connected) resync();
  });

  startLoop();
  return connection;
}

function createBanner(node) {
  const set = (online) => {
    if (!node) return;
    node.textContent = online ? ONLINE : OFFLINE;
    node.dataset.state = online ? 'online' : 'offline';
    node.classList.toggle('is-offline', !online);
  };
  return {
    online: () => set(true),
    offline: () => set(false),
  };
}
