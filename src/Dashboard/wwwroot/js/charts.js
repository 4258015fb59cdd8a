// Small inline SVG charts: no library, text set through textContent only.
const NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A new, empty chart element with a viewBox; the caller sets data-testid. */
export function chartSvg(width, height, label) {
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', preserveAspectRatio: 'xMinYMin meet' });
  root.append(svg('title', {}, label));
  return root;
}

function reset(root, width, height, label) {
  root.replaceChildren(svg('title', {}, label));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
}

/** A round axis maximum: from steps when given (e.g. round durations), else 1-2-2.5-5 × 10ⁿ. */
const niceMax = (max, steps) => {
  if (!(max > 0)) return steps?.[0] ?? 1;
  const fit = steps?.find((v) => v >= max);
  if (fit) return fit;
  const mag = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 2.5, 5, 10].map((f) => f * mag).find((v) => v >= max);
};

/** Horizontal bars: rows [{ label, value, note }]; null values show "no data". */
export function barChart(root, rows, { label = '', format = String, width = 420, steps } = {}) {
  const rowH = 26, left = 130, right = 90, top = 6;
  const height = Math.max(40, top * 2 + rows.length * rowH);
  reset(root, width, height, label);
  if (!rows.length) return empty(root, width, height);
  const max = niceMax(Math.max(...rows.map((r) => r.value ?? 0)), steps);
  const span = width - left - right;
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    const g = svg('g', { class: 'bar-row' });
    g.append(svg('title', {}, `${row.label}: ${row.value == null ? 'no data' : format(row.value)}${row.note ? ` (${row.note})` : ''}`));
    g.append(svg('text', { x: left - 8, y: y + rowH / 2 + 4, 'text-anchor': 'end', class: 'chart-label' }, clip(row.label, 18)));
    const w = row.value == null ? 0 : Math.max(2, (row.value / max) * span);
    g.append(svg('rect', { x: left, y: y + 4, width: w, height: rowH - 8, rx: 2, class: 'bar' }));
    g.append(svg('text', { x: left + w + 6, y: y + rowH / 2 + 4, class: 'chart-value' }, row.value == null ? 'no data' : format(row.value)));
    root.append(g);
  });
  return root;
}

/** Vertical columns, for the 24 hours: rows [{ label, value }]. */
export function columnChart(root, rows, { label = '', format = String, width = 420, height = 180, every = 3, steps } = {}) {
  const left = 8, bottom = 22, top = 18;
  reset(root, width, height, label);
  if (!rows.length) return empty(root, width, height);
  const max = niceMax(Math.max(...rows.map((r) => r.value ?? 0)), steps);
  const slot = (width - left * 2) / rows.length;
  const span = height - top - bottom;
  root.append(svg('text', { x: left, y: 12, class: 'chart-axis' }, `max ${format(max)}`));
  root.append(svg('line', { x1: left, x2: width - left, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  rows.forEach((row, i) => {
    const x = left + i * slot;
    const h = row.value == null ? 0 : Math.max(1, (row.value / max) * span);
    const g = svg('g', { class: 'bar-row' });
    g.append(svg('title', {}, `${row.label}: ${row.value == null ? 'no data' : format(row.value)}`));
    g.append(svg('rect', { x: x + 1, y: height - bottom - h, width: Math.max(1, slot - 2), height: h, rx: 1, class: 'bar' }));
    if (i % every === 0) g.append(svg('text', { x: x + slot / 2, y: height - 6, 'text-anchor': 'middle', class: 'chart-axis' }, row.label));
    root.append(g);
  });
  return root;
}

/** A line of bucket means with a min–max band: points [{ t (ms), mean, min, max }]. */
export function lineChart(root, points, { label = '', format = String, timeLabel = String, width = 600, height = 220 } = {}) {
  const left = 56, right = 12, top = 12, bottom = 26;
  reset(root, width, height, label);
  if (!points.length) return empty(root, width, height);
  const t0 = points[0].t, t1 = points.at(-1).t || t0 + 1;
  let lo = Math.min(...points.map((p) => p.min ?? p.mean)), hi = Math.max(...points.map((p) => p.max ?? p.mean));
  if (hi === lo) { hi += 1; lo -= 1; }
  const x = (t) => left + ((t - t0) / Math.max(1, t1 - t0)) * (width - left - right);
  const y = (v) => top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom);

  for (const v of [lo, (lo + hi) / 2, hi]) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'grid' }));
    root.append(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'chart-axis' }, format(v)));
  }
  for (const t of [t0, (t0 + t1) / 2, t1]) {
    root.append(svg('text', { x: x(t), y: height - 8, 'text-anchor': 'middle', class: 'chart-axis' }, timeLabel(t)));
  }
  const band = points.map((p) => `${x(p.t)},${y(p.max ?? p.mean)}`)
    .concat(points.slice().reverse().map((p) => `${x(p.t)},${y(p.min ?? p.mean)}`));
  root.append(svg('polygon', { points: band.join(' '), class: 'band' }));
  root.append(svg('polyline', { points: points.map((p) => `${x(p.t)},${y(p.mean)}`).join(' '), class: 'line' }));
  if (points.length === 1) root.append(svg('circle', { cx: x(t0), cy: y(points[0].mean), r: 3, class: 'dot' }));
  return root;
}

function empty(root, width, height) {
  root.append(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'chart-empty' }, 'No data'));
  return root;
}

const clip = (text, n) => (String(text).length > n ? `${String(text).slice(0, n - 1)}…` : String(text));
