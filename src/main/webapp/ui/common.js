// Shared by every page: formats, the session, the API client, rendering helpers and the page state.

export const view = document.getElementById('view');
export const money = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });
export const zone = 'Asia/Kolkata';
export const timeOf = new Intl.DateTimeFormat('en-IN', { timeZone: zone, hour: 'numeric', minute: '2-digit' });
export const dayOf = new Intl.DateTimeFormat('en-IN', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
export const MAX_SEATS = 10;
/**
 * count: page changes, so that a slow page never paints over a newer one; leave: the current page's clean-up;
 * reload: renders the current page again (the shell sets it).
 */
export const nav = { count: 0, leave: () => {}, reload: () => {} };
/** Server time minus this browser's time, for countdowns. */
export const clock = { offset: 0 };

// ---- API ---------------------------------------------------------------------------------------------

export const session = {
    get token() { return localStorage.getItem('token'); },
    get user() { return JSON.parse(localStorage.getItem('user') || 'null'); },
    signIn(token, user) { localStorage.setItem('token', token); localStorage.setItem('user', JSON.stringify(user)); },
    signOut() { localStorage.removeItem('token'); localStorage.removeItem('user'); },
};

export class ApiError extends Error {
    constructor(status, body) {
        super(body?.error?.message || `HTTP ${status}`);
        this.status = status;
        this.code = body?.error?.code;
        this.details = body?.error?.details || {};
    }
}

export async function api(path, { method = 'GET', body, key, raw } = {}) {
    const headers = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (session.token) headers.Authorization = `Bearer ${session.token}`;
    if (key) headers['Idempotency-Key'] = key;
    const response = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 401 && session.token) {
        session.signOut();
        renderNav();
    }
    if (!response.ok) {
        throw new ApiError(response.status, await response.json().catch(() => null));
    }
    if (raw) return response;
    return response.status === 204 ? null : response.json();
}

export function newKey() {
    return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

// ---- small helpers -----------------------------------------------------------------------------------

export function html(strings, ...values) {
    return strings.reduce((out, s, i) => out + s + (i < values.length ? escape(values[i]) : ''), '');
}

export function escape(value) {
    if (value && value.trusted) return value.html;
    return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export const trusted = text => ({ trusted: true, html: text });

export function show(content) {
    view.innerHTML = content;
    view.focus({ preventScroll: true });
}

export function toast(message) {
    const box = document.getElementById('toast');
    box.textContent = message;
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.hidden = true; }, 5000);
}

export function problem(error) {
    show(html`<div class="card"><p class="error">${error.message}</p><p><a href="#/">Back to movies</a></p></div>`);
}

export function localDate(instant) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(instant); // YYYY-MM-DD
}

export function serverNow() {
    return Date.now() + clock.offset;
}

export function countdown(element, until, onEnd) {
    const tick = () => {
        const left = Math.max(0, Math.round((until - serverNow()) / 1000));
        element.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
        if (left === 0) {
            clearInterval(timer);
            onEnd();
        }
    };
    const timer = setInterval(tick, 250);
    tick();
    return () => clearInterval(timer);
}

export function requireSignIn() {
    if (session.token) return true;
    location.hash = `#/signin?next=${encodeURIComponent(location.hash)}`;
    return false;
}

export function currentCity() {
    return localStorage.getItem('city') || '';
}

export function renderNav() {
    const signedIn = !!session.token;
    document.getElementById('nav-signin').hidden = signedIn;
    document.getElementById('nav-signout').hidden = !signedIn;
    document.getElementById('nav-orders').hidden = !signedIn;
}
