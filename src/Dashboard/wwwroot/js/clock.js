// The browser's clock may be off; ages and countdowns use the server's clock, learned from the
// Date header of API answers. The header has one-second resolution, so small differences are ignored.
let offsetMs = 0;

export function now() {
  return Date.now() + offsetMs;
}

export function learnFromResponse(response) {
  const header = response.headers.get('Date');
  if (!header) return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  const diff = server - Date.now();
  if (Math.abs(diff - offsetMs) > 2000) offsetMs = diff;
}
