import { el } from './dom.js';

/** A labelled input; answers the label (for layout) and the control (for values). */
export function field(label, control) {
  return el('label', { class: 'form-field' }, el('span', { text: label }), control);
}

export function input(testid, props = {}) {
  return el('input', { type: 'text', testid, autocomplete: 'off', ...props });
}

export function select(testid, options, props = {}) {
  return el('select', { testid, ...props }, options.map(([value, text]) => el('option', { value, text })));
}

export const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

export const orNull = (text) => (text.trim() === '' ? null : text.trim());
