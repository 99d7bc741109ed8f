// Signing in (password or Google), creating an account, a forgotten password, verifying an email address.

import { api, html, nav, renderNav, session, show, toast, trusted } from './common.js';

const PROVIDER_PENDING = 'provider-sign-in';

const SIGN_IN_ERRORS = {
    cancelled: 'Sign-in with Google was cancelled.',
    expired: 'Sign-in with Google took too long. Please try again.',
    unverified: 'Google has not verified that email address, so we cannot sign you in with it.',
    failed: 'Sign-in with Google did not work. Please try again.',
};

export async function signInPage(params) {
    const mine = nav.count;
    const next = params.get('next') || '#/';
    const providers = await api('/auth/oidc/providers').then(p => p.providers).catch(() => []);
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
    const error = SIGN_IN_ERRORS[params.get('error')];
    if (params.has('error')) sessionStorage.removeItem(PROVIDER_PENDING); // that attempt is over
    const binding = randomSecret();
    show(html`
        <h1>Sign in</h1>
        ${error ? trusted(html`<p class="error" role="alert" id="provider-error">${error}</p>`) : ''}
        ${providers.includes('google') ? trusted(html`<p><a class="button secondary" id="google-signin"
            href="/api/auth/oidc/google?returnTo=${encodeURIComponent('/' + next)}&binding=${binding}">Sign in with Google</a></p>`) : ''}
        <form class="stack" id="signin">
            <label>Email <input name="email" type="email" required autocomplete="username"></label>
            <label>Password <input name="password" type="password" required minlength="8" autocomplete="current-password"></label>
            <p class="error" id="signin-error" role="alert" hidden></p>
            <button class="primary">Sign in</button>
            <a href="#/forgot-password" id="forgot-password">Forgot your password?</a>
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
    // the code the provider's sign-in comes back with is redeemed only with this secret, kept by this tab alone
    document.getElementById('google-signin')?.addEventListener('click', () => sessionStorage.setItem(PROVIDER_PENDING, binding));
    const signIn = async (email, password) => {
        session.signIn(await api('/auth/login', { method: 'POST', body: { email, password } }));
        renderNav();
        location.hash = next;
    };
    handle('signin', data => signIn(data.email, data.password));
    handle('register', async data => {
        if (!data.phone) delete data.phone;
        await api('/auth/register', { method: 'POST', body: data });
        await signIn(data.email, data.password);
        toast('Welcome! We sent you an email to confirm your address.');
    });
}

/**
 * A sign-in with Google came back with a one-minute code in the address: redeemed for a session, but only in the
 * tab that started it (a link someone else sent must not sign this browser into their account).
 */
export async function takeProviderSignIn(path, params) {
    const code = params.get('signin');
    params.delete('signin');
    const rest = params.toString();
    history.replaceState(null, '', `#${path}${rest ? `?${rest}` : ''}`);
    const binding = sessionStorage.getItem(PROVIDER_PENDING);
    sessionStorage.removeItem(PROVIDER_PENDING);
    if (!binding) {
        toast('That sign-in link was not started here, so it was ignored.');
        return;
    }
    try {
        session.signIn(await api('/auth/oidc/session', { method: 'POST', body: { token: code, binding } }));
        toast(`Signed in as ${session.user.email}`);
    } catch (failure) {
        toast(`Sign-in with Google did not work: ${failure.message}`);
    }
}

export async function forgotPasswordPage() {
    show(html`
        <h1>Forgot your password?</h1>
        <p>Enter the email address of your account and we will send you a link to choose a new password.</p>
        <form class="stack" id="forgot">
            <label>Email <input name="email" type="email" required autocomplete="email"></label>
            <p class="error" id="forgot-error" role="alert" hidden></p>
            <button class="primary">Send the link</button>
        </form>
        <p class="notice" id="forgot-sent" role="status" hidden>If an account uses that address, a link to reset its
            password is on its way. It works for 30 minutes.</p>`);
    handle('forgot', async data => {
        await api('/auth/password-reset', { method: 'POST', body: { email: data.email } });
        document.getElementById('forgot').hidden = true;
        document.getElementById('forgot-sent').hidden = false;
    });
}

export async function resetPasswordPage(params) {
    const token = params.get('token') || '';
    show(html`
        <h1>Choose a new password</h1>
        <form class="stack" id="reset">
            <label>New password (8 characters or more)
                <input name="password" type="password" required minlength="8" autocomplete="new-password"></label>
            <p class="error" id="reset-error" role="alert" hidden></p>
            <button class="primary">Save the new password</button>
        </form>
        <p><a href="#/forgot-password">Ask for a new link</a></p>`);
    handle('reset', async data => {
        await api('/auth/password-reset/confirm', { method: 'POST', body: { token, password: data.password } });
        await session.signOut(); // every session of the account has ended, this one included
        renderNav();
        location.hash = '#/signin';
        toast('Your password is changed. Sign in with the new one.');
    });
}

export async function verifyEmailPage(params) {
    const mine = nav.count;
    show(html`<h1>Confirming your email address…</h1>`);
    try {
        await api('/auth/verify-email', { method: 'POST', body: { token: params.get('token') || '' } });
        if (mine !== nav.count) return;
        show(html`<h1>Email address confirmed</h1><p id="verified">Thank you. <a href="#/">Find a movie</a></p>`);
    } catch (failure) {
        if (mine !== nav.count) return;
        show(html`<h1>This link does not work</h1><p class="error" role="alert">${failure.message}</p>
            <p>Links work once, for 7 days.</p>
            ${trusted(session.token ? html`<p><button class="secondary" id="resend">Send me a new link</button></p>` : '')}`);
        document.getElementById('resend')?.addEventListener('click', async event => {
            event.target.disabled = true;
            await api('/auth/verify-email/resend', { method: 'POST' }).then(() => toast('A new link is on its way.'),
                failure => toast(failure.message));
        });
    }
}

function randomSecret() {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function handle(formId, action) {
    document.getElementById(formId).addEventListener('submit', async event => {
        event.preventDefault();
        const data = Object.fromEntries(new FormData(event.target));
        const error = document.getElementById(`${formId}-error`);
        try {
            error.hidden = true;
            await action(data);
        } catch (failure) {
            error.textContent = failure.message;
            error.hidden = false;
        }
    });
}
