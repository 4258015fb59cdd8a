import { get, post } from './api.js';
import { byTestId, setText } from './dom.js';
import { human } from './format.js';

/**
 * The signed-in user, or null: on 401 api.js is already on its way to the sign-in page; when the
 * server cannot be reached the page says so and reloads itself, because these screens stay open unattended.
 */
export async function loadMe() {
  try {
    return await get('/api/auth/me');
  } catch (e) {
    if (e.status !== 401) {
      const note = byTestId('boot-message');
      if (note) note.hidden = false;
      setTimeout(() => location.reload(), 5000);
    }
    return null;
  }
}

export function homeFor(role) {
  return role === 'FieldStaff' ? '/staff.html' : '/index.html';
}

/** Fills the header: user-name, role, tenants, and wires the logout button. */
export function showUser(me) {
  setText(byTestId('user-name'), me.displayName || me.userName);
  const role = byTestId('user-role');
  if (role) setText(role, human(me.role));
  const tenants = byTestId('user-tenants');
  if (tenants) setText(tenants, (me.tenants ?? []).join(', '));
  byTestId('logout').addEventListener('click', logout);
}

export async function logout() {
  try {
    await post('/api/auth/logout', {}, { redirect: false });
  } catch {
    // Signing out of a session that is already gone is still signing out.
  }
  location.assign('/login.html');
}
