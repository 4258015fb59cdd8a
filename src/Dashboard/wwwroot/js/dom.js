// Tiny DOM builder. Text always goes in as text nodes, so server data is never parsed as HTML.

/**
 * el('li', { testid: 'queue-row', class: 'row', data: { status: 'Raised' }, on: { click } }, 'text', child)
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  applyProps(node, props);
  append(node, children);
  return node;
}

export function applyProps(node, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'testid') node.dataset.testid = value;
    else if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'data') Object.entries(value).forEach(([k, v]) => { if (v != null) node.dataset[k] = v; });
    else if (key === 'on') Object.entries(value).forEach(([k, fn]) => node.addEventListener(k, fn));
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function setText(node, text) {
  const value = text ?? '';
  if (node.textContent !== value) node.textContent = value;
}

/** Finds by data-testid inside root (default: document). */
export function byTestId(id, root = document) {
  return root.querySelector(`[data-testid="${id}"]`);
}

/** A calm status line: info, error or empty. */
export function message(node, text, kind = 'info') {
  node.hidden = !text;
  node.className = `message message-${kind}`;
  setText(node, text);
}
