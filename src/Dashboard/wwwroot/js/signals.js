import { el, byTestId, setText } from './dom.js';
import { human, time } from './format.js';

/** Early-warning risk signals pushed during this session (the hub does not replay older ones). */
export function createSignals() {
  const box = byTestId('risk-signals');
  const list = byTestId('risk-signal-list');
  const seen = new Set();

  function add(signal) {
    if (!signal || seen.has(signal.id)) return;
    seen.add(signal.id);
    box.hidden = false;
    list.prepend(el('li', { testid: 'risk-signal', data: { resident: signal.resident } },
      el('span', { class: 'tabular muted', text: `${time(signal.raisedAt)} ` }),
      el('strong', { text: `${human(signal.kind)} · ${signal.resident} ` }),
      el('span', { text: signal.sentence ?? '' })));
    while (list.children.length > 20) list.lastElementChild.remove();
    setText(byTestId('risk-signal-count'), String(list.children.length));
  }

  return { add };
}
