import { get, put, seg } from './api.js';
import { el, message } from './dom.js';
import { field, input } from './forms.js';

/**
 * A GET-then-PUT JSON editor for one resource (team, roster, tenant policies). The server
 * validates; its 400 names every wrong field and is shown as is.
 */
export function createJsonEditor({ name, title, idLabel, path, template, missing, idControl }) {
  const id = idControl ?? input(`${name}-id`);
  const text = el('textarea', { testid: `${name}-json`, class: 'json', rows: 14, spellcheck: false });
  const note = el('p', { testid: `${name}-message`, class: 'message', role: 'status', hidden: true });

  const element = el('section', { class: 'admin-block' }, el('h3', { text: title }),
    el('div', { class: 'form-grid' },
      field(idLabel, el('div', { class: 'inline' }, id,
        el('button', { type: 'button', testid: `${name}-load`, text: 'Load', on: { click: load } }))),
      text,
      el('div', { class: 'form-actions' },
        el('button', { type: 'button', testid: `${name}-save`, class: 'primary', text: 'Save', on: { click: save } }),
        el('button', { type: 'button', text: 'Tidy JSON', on: { click: tidy } })),
      note));

  async function load() {
    const key = id.value.trim();
    if (!key) return message(note, `Enter ${idLabel.toLowerCase()} first.`, 'warn');
    try {
      text.value = JSON.stringify(await get(path(seg(key))), null, 2);
      message(note, `Loaded ${key}.`);
    } catch (e) {
      if (e.status !== 404) return message(note, e.message, 'warn');
      text.value = JSON.stringify(template(key), null, 2);
      message(note, missing(key));
    }
  }

  function parse() {
    try {
      return JSON.parse(text.value);
    } catch (e) {
      message(note, `The text is not valid JSON: ${e.message}`, 'warn');
      return undefined;
    }
  }

  function tidy() {
    const value = parse();
    if (value !== undefined) { text.value = JSON.stringify(value, null, 2); message(note, ''); }
  }

  async function save() {
    const key = id.value.trim();
    const value = parse();
    if (!key || value === undefined) return;
    try {
      const answer = await put(path(seg(key)), value);
      if (answer) text.value = JSON.stringify(answer, null, 2);
      message(note, `Saved ${key}.`, 'ok');
    } catch (e) {
      message(note, e.message, 'warn');
    }
  }

  return { element };
}
