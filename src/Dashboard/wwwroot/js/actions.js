import { post, seg } from './api.js';
import { el, message } from './dom.js';
import { human, outcomes } from './format.js';

const steps = [
  { verb: 'accept', label: 'Accept', when: ['Raised', 'Dispatched'] },
  { verb: 'decline', label: 'Decline', when: ['Raised', 'Dispatched'] },
  { verb: 'en-route', label: 'En route', when: ['Accepted'] },
  { verb: 'on-site', label: 'On site', when: ['EnRoute'] },
  { verb: 'resolve', label: 'Resolve', when: ['OnSite'] },
];

/**
 * Action buttons for one incident. mode 'operator' keeps every step available (the server says
 * no with a 409 when a step does not fit) and highlights the expected one; mode 'staff' shows only
 * the steps that fit the status and the person. onResult gets the IncidentView the server answers and the verb.
 */
export function createActions({ mode, me, onResult }) {
  let incident = null;
  const buttons = {};
  const outcome = el('select', { testid: 'resolve-outcome', class: 'outcome', 'aria-label': 'Outcome' },
    outcomes.map((o) => el('option', { value: o, text: human(o) })));
  const note = el('p', { testid: 'action-message', class: 'message', role: 'status', hidden: true });
  const bar = el('div', { class: 'actions' });

  for (const step of steps) {
    const button = el('button', { type: 'button', testid: `action-${step.verb}`, class: `action action-${step.verb}`, text: step.label,
      on: { click: () => act(step) } });
    buttons[step.verb] = button;
    if (step.verb === 'resolve') bar.append(el('div', { class: 'resolve-group' }, outcome, button));
    else bar.append(button);
  }
  const element = el('div', { class: 'action-panel' }, bar, note);

  async function act(step) {
    if (!incident) return;
    const body = step.verb === 'resolve' ? { outcome: outcome.value } : {};
    setBusy(true);
    message(note, '');
    try {
      const updated = await post(`/api/incidents/${seg(incident.id)}/${step.verb}`, body);
      if (updated?.id) { update(updated); onResult?.(updated, step.verb); }
    } catch (e) {
      message(note, e.message, 'warn');
    } finally {
      setBusy(false);
    }
  }

  function setBusy(busy) {
    element.classList.toggle('busy', busy);
    for (const b of Object.values(buttons)) b.disabled = busy || !incident || incident.isClosed;
    outcome.disabled = busy || !incident || incident.isClosed;
  }

  function mine(i) {
    return !i.assignedTo || !me?.staffId || i.assignedTo === me.staffId;
  }

  function update(next) {
    const changedIncident = incident?.id !== next?.id;
    incident = next;
    if (changedIncident) {
      message(note, '');
      outcome.value = next?.priority === 'Technical' ? 'TechnicalFix' : 'HelpGiven';
    }
    for (const step of steps) {
      const fits = !!next && !next.isClosed && step.when.includes(next.status) && (step.verb === 'accept' || step.verb === 'decline' || mine(next));
      buttons[step.verb].classList.toggle('primary', fits && step.verb !== 'decline');
      const shown = mode === 'operator' || fits;
      (step.verb === 'resolve' ? buttons.resolve.parentElement : buttons[step.verb]).hidden = !shown;
    }
    setBusy(false);
    if (mode === 'staff' && next && !next.isClosed && next.assignedTo && !mine(next)) {
      message(note, `Accepted by ${next.assignedTo}.`, 'info');
    }
  }

  return { element, update };
}
