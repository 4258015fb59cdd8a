import { get, post, ApiError } from './api.js';
import { byTestId, message } from './dom.js';
import { homeFor } from './session.js';

const form = document.getElementById('login-form');
const user = byTestId('login-user');
const password = byTestId('login-password');
const submit = byTestId('login-submit');
const error = byTestId('login-error');

// Already signed in: go straight to the right page.
get('/api/auth/me', { redirect: false })
  .then((me) => me && location.replace(homeFor(me.role)))
  .catch(() => {});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message(error, '');
  submit.disabled = true;
  try {
    const me = await post('/api/auth/login', { userName: user.value.trim(), password: password.value }, { redirect: false });
    location.assign(homeFor(me?.role));
  } catch (e) {
    const text = e instanceof ApiError && e.status === 401
      ? e.problem?.detail || 'The user name or password is wrong.'
      : e.message || 'Signing in failed.';
    message(error, text, 'error');
    password.select();
  } finally {
    submit.disabled = false;
  }
});

user.focus();
