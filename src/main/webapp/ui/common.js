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

/**
 * The signed-in session: a short-lived access token, renewed with the single-use refresh token a minute before
 * it ends (one tab at a time: a refresh token used twice ends the session everywhere).
 */
export const session = {
    get token() { return localStorage.getItem('token'); },
    get user() { return JSON.parse(localStorage.getItem('user') || 'null'); },
    get expiresAt() { return Date.parse(localStorage.getItem('expiresAt') || '') || 0; },
    signIn(login) {
        localStorage.setItem('token', login.token);
        localStorage.setItem('expiresAt', login.expiresAt);
        localStorage.setItem('refreshToken', login.refreshToken);
        localStorage.setItem('user', JSON.stringify(login.user));
        scheduleRefresh();
    },
    forget() {
        for (const key of ['token', 'expiresAt', 'refreshToken', 'user']) localStorage.removeItem(key);
        clearTimeout(refreshTimer);
    },
    /** Ends the session at the server too (after a refresh under way, which would otherwise bring it back). */
    async signOut() {
        await refreshing?.catch(() => {});
        const refreshToken = localStorage.getItem('refreshToken');
        session.forget();
        if (refreshToken) {
            await fetch('/api/auth/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ refreshToken }) }).catch(() => {});
        }
    },
};

let refreshTimer;
let refreshing = null;
const REFRESH_EARLY_MS = 60_000;

/** How long the access token has left, by the server's clock (this device's may be off). */
function tokenLeftMs() {
    return session.expiresAt - serverNow();
}

export function scheduleRefresh() {
    clearTimeout(refreshTimer);
    if (!session.token) return;
    // never sooner than half a minute: a token that lives less than the margin is renewed as it is used
    refreshTimer = setTimeout(() => refreshSession().catch(() => {}), Math.max(30_000, tokenLeftMs() - REFRESH_EARLY_MS));
}

/**
 * A new access token unless another tab got one meanwhile; false when the session has ended. One refresh at a
 * time in this tab, and across tabs where the browser has Web Locks: a refresh token used twice ends the session.
 */
export function refreshSession() {
    const run = async () => {
        if (session.token && tokenLeftMs() > REFRESH_EARLY_MS) return true; // another tab did it
        const refreshToken = localStorage.getItem('refreshToken');
        if (!refreshToken) return false;
        const response = await fetch('/api/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ refreshToken }) });
        if (response.status === 401) {
            if (localStorage.getItem('refreshToken') === refreshToken) session.forget();
            renderNav();
            return false;
        }
        if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
        if (localStorage.getItem('refreshToken') === refreshToken) session.signIn(await response.json());
        return true;
    };
    refreshing ??= (navigator.locks ? navigator.locks.request('boxoffice-refresh', run) : run())
        .finally(() => { refreshing = null; });
    return refreshing;
}

export class ApiError extends Error {
    constructor(status, body) {
        super(body?.error?.message || `HTTP ${status}`);
        this.status = status;
        this.code = body?.error?.code;
        this.details = body?.error?.details || {};
    }
}

/** Requests whose 401 is about what they carry (credentials, codes), not about an ended session. */
const CREDENTIAL_PATHS = ['/auth/login', '/auth/register', '/auth/refresh', '/auth/logout', '/auth/oidc/session'];

export async function api(path, { method = 'GET', body, key, raw } = {}) {
    const withSession = !CREDENTIAL_PATHS.includes(path);
    if (withSession && session.token && tokenLeftMs() < REFRESH_EARLY_MS) await refreshSession().catch(() => {});
    const send = () => {
        const headers = {};
        if (body !== undefined) headers['Content-Type'] = 'application/json';
        if (withSession && session.token) headers.Authorization = `Bearer ${session.token}`;
        if (key) headers['Idempotency-Key'] = key;
        return fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    };
    const sentToken = withSession ? session.token : null;
    let response = await send();
    if (response.status === 401 && sentToken) {
        // the server says the access token ended (revoked, a clock far off): renew it once and try again
        localStorage.setItem('expiresAt', new Date(0).toISOString());
        response = (await refreshSession().catch(() => false)) ? await send() : response;
        if (response.status === 401) {
            session.forget();
            renderNav();
        }
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
