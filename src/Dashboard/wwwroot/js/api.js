import { learnFromResponse } from './clock.js';

/** A refused or failed call; message is readable text for the user (from the problem JSON). */
export class ApiError extends Error {
  constructor(status, message, problem = null) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * fetch wrapper: JSON in and out, 401 → sign-in page (unless redirect is false), problem JSON →
 * ApiError with a readable message. Answers null for 204 and empty bodies.
 */
export async function api(path, { method = 'GET', body, redirect = true, signal } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' }, signal };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }

  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server could not be reached. Check the connection and try again.');
  }
  learnFromResponse(response);

  if (response.status === 401 && redirect && location.pathname !== '/login.html') {
    location.assign('/login.html');
  }
  const data = await readBody(response);
  if (response.ok) return data;
  throw new ApiError(response.status, problemText(response.status, data), data);
}

async function readBody(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const fallback = {
  400: 'The request was not accepted.',
  401: 'You are not signed in.',
  403: 'You do not have access to this.',
  404: 'Not found.',
  409: 'That is not allowed now.',
  503: 'The service is unavailable right now.',
};

/** detail, else title; validation errors appended as "field: reason". */
export function problemText(status, problem) {
  if (problem && typeof problem === 'object') {
    const head = problem.detail || problem.title || fallback[status] || `Error ${status}.`;
    const errors = Object.entries(problem.errors ?? {})
      .flatMap(([field, reasons]) => [].concat(reasons).map((r) => (field && field !== '' ? `${field}: ${r}` : r)));
    return errors.length ? `${head}\n${errors.join('\n')}` : head;
  }
  if (typeof problem === 'string' && problem.length < 300 && !problem.trimStart().startsWith('<')) return problem;
  return fallback[status] ?? `Error ${status}.`;
}

export const get = (path, options) => api(path, options);
export const post = (path, body = {}, options) => api(path, { ...options, method: 'POST', body });
export const put = (path, body, options) => api(path, { ...options, method: 'PUT', body });

/** Encodes one path segment (ids may contain dots and dashes, but never trust them). */
export const seg = (value) => encodeURIComponent(value);
