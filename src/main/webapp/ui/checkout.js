// Paying for a hold, an order with its tickets, and the customer's orders.

import {
    api, countdown, dayOf, html, money, nav, newKey, requireSignIn, show, timeOf, toast, trusted, view,
} from './common.js';

export async function checkoutPage(params, holdId) {
    const mine = nav.count;
    if (!requireSignIn()) return;
    const [hold, me] = await Promise.all([api(`/holds/${holdId}`), api('/auth/me')]);
    if (hold.status !== 'ACTIVE') {
        if (mine !== nav.count) return; // the user went elsewhere meanwhile
        show(html`<div class="card"><p>This hold is ${hold.status.toLowerCase()}.</p><p><a href="#/show/${hold.showId}">Pick seats again</a></p></div>`);
        return;
    }
    const [details, payments] = await Promise.all([api(`/shows/${hold.showId}`),
        api('/payments/settings').catch(() => ({ provider: 'sandbox' }))]);
    const stripe = payments.provider === 'stripe' ? await stripeFor(payments.publishableKey) : null;
    const orderKey = sessionStorage.getItem(`order-key:${holdId}`) || newKey();
    sessionStorage.setItem(`order-key:${holdId}`, orderKey);
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
    show(html`
        <h1>Checkout</h1>
        <div class="card">
            <strong>${details.movieTitle}</strong>
            <p class="muted">${details.theatre.name} · ${dayOf.format(new Date(details.startTime))}, ${timeOf.format(new Date(details.startTime))}</p>
            <p>Seats ${hold.seatIds.join(', ')} · <strong>${money.format(hold.totalAmount)}</strong></p>
            <p>Your seats are held for <span class="countdown" id="countdown"></span></p>
        </div>
        <h2>Your details</h2>
        <form class="stack" id="pay">
            <label>Name <input name="name" required maxlength="100" value="${me.name || ''}" autocomplete="name"></label>
            <label>Email (tickets go here) <input name="email" type="email" required value="${me.email || ''}" autocomplete="email"></label>
            <label>Phone <input name="phone" type="tel" value="${me.phone || ''}" autocomplete="tel"></label>
            ${trusted(stripe ? html`<fieldset><legend>Card</legend><div id="card-element" class="card-field"></div></fieldset>` : html`
            <fieldset>
                <legend>Card (sandbox)</legend>
                <label><input type="radio" name="token" value="tok_visa" checked> Visa ending 4242</label>
                <label><input type="radio" name="token" value="tok_mastercard"> Mastercard ending 4444</label>
                <label><input type="radio" name="token" value="tok_chargeDeclined"> A card that is declined</label>
            </fieldset>`)}
            <p id="pay-error" class="error" role="alert" hidden></p>
            <button class="primary" id="pay-button">Pay ${money.format(hold.totalAmount)}</button>
        </form>`);
    const stop = countdown(document.getElementById('countdown'), Date.parse(hold.expiresAt), () => {
        toast('Your hold ran out; the seats were released.');
        location.hash = `#/show/${hold.showId}`;
    });
    nav.leave = stop;
    const card = stripe ? stripe.elements().create('card') : null;
    card?.mount('#card-element');
    const form = document.getElementById('pay');
    const button = document.getElementById('pay-button');
    const error = document.getElementById('pay-error');
    let attempt = null; // one key per attempt, so a double click never pays twice
    form.addEventListener('submit', async event => {
        event.preventDefault();
        if (button.disabled) return;
        button.disabled = true;
        error.hidden = true;
        const data = new FormData(form);
        try {
            const customer = { name: data.get('name'), email: data.get('email') };
            if (data.get('phone')) customer.phone = data.get('phone');
            const order = await api('/orders', { method: 'POST', body: { holdId, customer }, key: orderKey });
            const token = stripe ? await stripePaymentMethod(stripe, card, customer) : data.get('token');
            attempt = attempt && attempt.token === token ? attempt : { token, key: newKey() };
            const paid = await api(`/orders/${order.orderId}/confirm-payment`, {
                method: 'POST', body: { paymentMethod: 'CARD', paymentToken: attempt.token }, key: attempt.key });
            sessionStorage.removeItem(`hold:${hold.showId}`);
            location.hash = `#/order/${paid.orderId}`;
        } catch (failure) {
            attempt = null; // a declined card may be retried (with a new key)
            error.textContent = failure.code === 'PAYMENT_DECLINED'
                ? 'Your card was declined. Choose another card and try again.' : failure.message;
            error.hidden = false;
            button.disabled = false;
        }
    });
}

/** Stripe.js, loaded from Stripe as Stripe requires; its card field is Stripe's frame: card details never come here. */
async function stripeFor(publishableKey) {
    if (!publishableKey) throw new Error('Card payments are not set up yet; please try again later.');
    if (!window.Stripe) {
        await new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = 'https://js.stripe.com/v3/';
            script.onload = resolve;
            script.onerror = () => reject(new Error('The card form could not be loaded; check your connection and try again.'));
            document.head.append(script);
        });
    }
    return window.Stripe(publishableKey);
}

/** The card as a Stripe payment method ("pm_..."), which the service confirms and captures with Stripe. */
async function stripePaymentMethod(stripe, card, customer) {
    const { paymentMethod, error } = await stripe.createPaymentMethod({
        type: 'card', card, billing_details: { name: customer.name, email: customer.email } });
    if (error) throw new Error(error.message);
    return paymentMethod.id;
}

export async function orderPage(params, orderId) {
    const mine = nav.count;
    if (!requireSignIn()) return;
    const order = await api(`/orders/${orderId}`);
    const details = await api(`/shows/${order.showId}`);
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
    show(html`
        <h1>${order.status === 'CONFIRMED' ? 'You are going to the movies!' : `Booking ${order.status.toLowerCase().replace('_', ' ')}`}</h1>
        <div class="card">
            <strong>${details.movieTitle}</strong> <span class="badge ${order.status}">${order.status}</span>
            <p class="muted">${details.theatre.name}, ${details.theatre.address} · ${details.screenName}<br>
               ${dayOf.format(new Date(details.startTime))}, ${timeOf.format(new Date(details.startTime))}</p>
            <p>Seats ${order.seatIds.join(', ')} · ${money.format(order.totalAmount)}</p>
            <p class="muted" id="emails"></p>
            ${trusted(order.refund ? html`<p>Refund of ${money.format(order.refund.amount)}: ${order.refund.status.toLowerCase()}</p>` : '')}
            ${trusted(order.status === 'CONFIRMED' ? '<button type="button" class="secondary" id="cancel">Cancel booking</button>' : '')}
        </div>
        <h2>Tickets</h2>
        <div class="tickets">${trusted(order.tickets.map(t => html`
            <div class="card ticket">
                <img alt="QR code of ticket ${t.seatId}" data-qr="/orders/${order.orderId}/tickets/${t.ticketId}/qr">
                <strong>Seat ${t.seatId}</strong> <span class="badge">${t.status}</span>
                <code>${t.code}</code>
            </div>`).join('') || '<p class="muted">No tickets.</p>')}</div>`);
    api(`/orders/${orderId}/notifications`).then(emails => {
        const words = { PENDING: 'is on its way to', QUEUED: 'is on its way to', SENT: 'was sent to', FAILED: 'could not be sent yet to' };
        document.getElementById('emails').textContent = emails.map(e =>
            `${e.kind === 'ORDER_CONFIRMED' ? 'Your confirmation' : 'The cancellation notice'} ${words[e.status]} ${e.recipient}.`).join(' ');
    }).catch(() => {});
    view.querySelectorAll('img[data-qr]').forEach(async image => {
        const response = await api(image.dataset.qr, { raw: true }).catch(() => null);
        if (response) image.src = URL.createObjectURL(await response.blob());
    });
    document.getElementById('cancel')?.addEventListener('click', async event => {
        if (!confirm('Cancel this booking and get a refund?')) return;
        event.target.disabled = true;
        try {
            await api(`/orders/${orderId}/cancel`, { method: 'POST' });
            toast('Booking cancelled; the refund is on its way');
            nav.reload();
        } catch (error) {
            toast(error.message);
            event.target.disabled = false;
        }
    });
}

export async function ordersPage() {
    const mine = nav.count;
    if (!requireSignIn()) return;
    const page = await api('/orders?size=50');
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
    show(html`
        <h1>My bookings</h1>
        ${page.items.length === 0 ? trusted('<p class="muted">No bookings yet. <a href="#/">Find a movie</a>.</p>') : ''}
        ${trusted(page.items.length ? html`<table class="orders"><thead><tr><th>Booked</th><th>Seats</th><th>Amount</th><th>Status</th></tr></thead><tbody>
            ${trusted(page.items.map(o => html`<tr>
                <td><a href="#/order/${o.orderId}">${dayOf.format(new Date(o.createdAt))}</a></td>
                <td>${o.seatIds.join(', ')}</td><td>${money.format(o.totalAmount)}</td>
                <td><span class="badge ${o.status}">${o.status}</span></td></tr>`).join(''))}
            </tbody></table>` : '')}`);
}
