// Signing in and creating an account.

import { api, html, nav, renderNav, session, show } from './common.js';

export async function signInPage(params) {
    const mine = nav.count;
    const next = params.get('next') || '#/';
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
    show(html`
        <h1>Sign in</h1>
        <form class="stack" id="signin">
            <label>Email <input name="email" type="email" required autocomplete="username"></label>
            <label>Password <input name="password" type="password" required minlength="8" autocomplete="current-password"></label>
            <p class="error" id="signin-error" role="alert" hidden></p>
            <button class="primary">Sign in</button>
        </form>
        <h2>New here?</h2>
        <form class="stack" id="register">
            <label>Name <input name="name" required maxlength="100" autocomplete="name"></label>
            <label>Email <input name="email" type="email" required autocomplete="email"></label>
            <label>Phone (optional) <input name="phone" type="tel" autocomplete="tel"></label>
            <label>Password (8 characters or more) <input name="password" type="password" required minlength="8" autocomplete="new-password"></label>
            <p class="error" id="register-error" role="alert" hidden></p>
            <button class="primary">Create account</button>
        </form>`);
    const signIn = async (email, password) => {
        const login = await api('/auth/login', { method: 'POST', body: { email, password } });
        session.signIn(login.token, login.user);
        renderNav();
        location.hash = next;
    };
    const handle = (formId, action) => document.getElementById(formId).addEventListener('submit', async event => {
        event.preventDefault();
        const data = Object.fromEntries(new FormData(event.target));
        const error = document.getElementById(`${formId}-error`);
        try {
            await action(data);
        } catch (failure) {
            error.textContent = failure.message;
            error.hidden = false;
        }
    });
    handle('signin', data => signIn(data.email, data.password));
    handle('register', async data => {
        if (!data.phone) delete data.phone;
        await api('/auth/register', { method: 'POST', body: data });
        await signIn(data.email, data.password);
    });
}
