// Boxoffice web UI: one page, hash routes (#/movie/…, #/show/…), the public API at /api. No build step.

import { api, clock, currentCity, escape, nav, problem, renderNav, scheduleRefresh, session, toast } from './ui/common.js';
import { homePage, moviePage } from './ui/browse.js';
import { queuePage } from './ui/queue.js';
import { showPage } from './ui/seats.js';
import { checkoutPage, orderPage, ordersPage } from './ui/checkout.js';
import { forgotPasswordPage, resetPasswordPage, signInPage, takeProviderSignIn, verifyEmailPage } from './ui/account.js';

async function loadCities() {
    const select = document.getElementById('city');
    const cities = await api('/cities');
    select.innerHTML = '<option value="">All cities</option>' + cities.map(c => `<option>${escape(c)}</option>`).join('');
    select.value = currentCity();
    select.addEventListener('change', () => {
        localStorage.setItem('city', select.value);
        route();
    });
}


const routes = [
    [/^\/$/, homePage],
    [/^\/movie\/([\w-]+)$/, moviePage],
    [/^\/show\/([\w-]+)$/, showPage],
    [/^\/checkout\/([\w-]+)$/, checkoutPage],
    [/^\/queue\/([\w-]+)$/, queuePage],
    [/^\/order\/([\w-]+)$/, orderPage],
    [/^\/orders$/, ordersPage],
    [/^\/signin$/, signInPage],
    [/^\/forgot-password$/, forgotPasswordPage],
    [/^\/reset-password$/, resetPasswordPage],
    [/^\/verify-email$/, verifyEmailPage],
];

async function route() {
    nav.count++;
    nav.leave();
    renderNav();
    nav.leave = () => {};
    const [path, query] = (location.hash.slice(1) || '/').split('?');
    const params = new URLSearchParams(query || '');
    if (params.has('signin')) {
        await takeProviderSignIn(path, params); // the address loses the code; the page is shown signed in
        renderNav();
    }
    for (const [pattern, page] of routes) {
        const match = pattern.exec(path);
        if (match) {
            try {
                await page(params, ...match.slice(1));
            } catch (error) {
                problem(error);
            }
            return;
        }
    }
    problem(new Error('No such page'));
}

document.getElementById('nav-signout').addEventListener('click', async () => {
    await session.signOut();
    renderNav();
    location.hash = '#/';
    toast('Signed out');
});
nav.reload = route;
window.addEventListener('hashchange', route);
renderNav();
scheduleRefresh();
api('/time').then(t => { clock.offset = Date.parse(t.now ?? t.serverTime ?? t.time) - Date.now() || 0; }).catch(() => {});
loadCities().catch(() => {}).finally(route);
