// Boxoffice web UI: one page, hash routes (#/movie/…, #/show/…), the public API at /api. No build step.

const view = document.getElementById('view');
const money = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });
const zone = 'Asia/Kolkata';
const timeOf = new Intl.DateTimeFormat('en-IN', { timeZone: zone, hour: 'numeric', minute: '2-digit' });
const dayOf = new Intl.DateTimeFormat('en-IN', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
const MAX_SEATS = 10;
let leavePage = () => {};
let navigation = 0; // counts page changes, so that a slow page never paints over a newer one
let clockOffset = 0; // server time minus this browser's time, for countdowns

// ---- API ---------------------------------------------------------------------------------------------

const session = {
    get token() { return localStorage.getItem('token'); },
    get user() { return JSON.parse(localStorage.getItem('user') || 'null'); },
    signIn(token, user) { localStorage.setItem('token', token); localStorage.setItem('user', JSON.stringify(user)); },
    signOut() { localStorage.removeItem('token'); localStorage.removeItem('user'); },
};

class ApiError extends Error {
    constructor(status, body) {
        super(body?.error?.message || `HTTP ${status}`);
        this.status = status;
        this.code = body?.error?.code;
        this.details = body?.error?.details || {};
    }
}

async function api(path, { method = 'GET', body, key, raw } = {}) {
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

function newKey() {
    return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

// ---- small helpers -----------------------------------------------------------------------------------

function html(strings, ...values) {
    return strings.reduce((out, s, i) => out + s + (i < values.length ? escape(values[i]) : ''), '');
}

function escape(value) {
    if (value && value.trusted) return value.html;
    return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const trusted = text => ({ trusted: true, html: text });

function show(content) {
    view.innerHTML = content;
    view.focus({ preventScroll: true });
}

function toast(message) {
    const box = document.getElementById('toast');
    box.textContent = message;
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.hidden = true; }, 5000);
}

function problem(error) {
    show(html`<div class="card"><p class="error">${error.message}</p><p><a href="#/">Back to movies</a></p></div>`);
}

function localDate(instant) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(instant); // YYYY-MM-DD
}

function serverNow() {
    return Date.now() + clockOffset;
}

function countdown(element, until, onEnd) {
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

function requireSignIn() {
    if (session.token) return true;
    location.hash = `#/signin?next=${encodeURIComponent(location.hash)}`;
    return false;
}

// ---- pages -------------------------------------------------------------------------------------------

async function homePage(params) {
    const mine = navigation;
    const city = currentCity();
    const query = new URLSearchParams({ size: '100' });
    if (city) query.set('city', city);
    for (const name of ['q', 'language', 'genre', 'format']) {
        if (params.get(name)) query.set(name, params.get(name));
    }
    const [page, all] = await Promise.all([api(`/movies?${query}`), api(`/movies?size=100${city ? `&city=${encodeURIComponent(city)}` : ''}`)]);
    const options = (name, values) => trusted(`<option value="">${name}</option>` + [...new Set(values)].sort()
        .map(v => `<option ${params.get(name.toLowerCase()) === v ? 'selected' : ''}>${escape(v)}</option>`).join(''));
    if (mine !== navigation) return; // the user went elsewhere meanwhile
    show(html`
        <h1>Movies${city ? ` in ${city}` : ''}</h1>
        <form class="filters" id="filters" role="search">
            <input name="q" type="search" placeholder="Search movies" aria-label="Search movies" value="${params.get('q') || ''}">
            <select name="language" aria-label="Language">${options('Language', all.items.map(m => m.language))}</select>
            <select name="genre" aria-label="Genre">${options('Genre', all.items.flatMap(m => m.genres))}</select>
            <select name="format" aria-label="Format">${options('Format', all.items.map(m => m.format))}</select>
        </form>
        ${page.items.length === 0 ? trusted('<p class="muted">No movies match.</p>') : ''}
        <div class="grid">${trusted(page.items.map(m => html`
            <a class="movie" href="#/movie/${m.movieId}">
                <img src="/api/movies/${m.movieId}/poster" alt="" loading="lazy">
                <strong>${m.title}</strong>
                <span>${m.language} · ${m.format}${m.rating ? ` · ★ ${m.rating}` : ''}</span>
            </a>`).join(''))}</div>`);
    const form = document.getElementById('filters');
    const apply = () => {
        const next = new URLSearchParams();
        new FormData(form).forEach((value, name) => { if (value) next.set(name, value); });
        location.hash = `#/?${next}`;
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', event => { event.preventDefault(); apply(); });
}

async function moviePage(params, movieId) {
    const mine = navigation;
    const city = currentCity();
    const query = new URLSearchParams();
    if (city) query.set('city', city);
    // every show to come (a short list): the day shown first is the first day with shows, not always today
    const [movie, upcoming] = await Promise.all([api(`/movies/${movieId}`), api(`/movies/${movieId}/shows?${query}`)]);
    const days = [...Array(7).keys()].map(i => localDate(new Date(serverNow() + i * 86400000)));
    const showDays = new Set(upcoming.map(s => localDate(new Date(s.startTime))));
    const date = params.get('date') || days.find(day => showDays.has(day)) || days[0];
    const shows = upcoming.filter(s => localDate(new Date(s.startTime)) === date);
    const byTheatre = new Map();
    shows.forEach(s => {
        if (!byTheatre.has(s.theatre.theatreId)) byTheatre.set(s.theatre.theatreId, { theatre: s.theatre, shows: [] });
        byTheatre.get(s.theatre.theatreId).shows.push(s);
    });
    if (mine !== navigation) return; // the user went elsewhere meanwhile
    show(html`
        <div class="card movie-head">
            <img src="/api/movies/${movie.movieId}/poster" alt="">
            <div>
                <h1>${movie.title}</h1>
                <p class="muted">${movie.language} · ${movie.format} · ${movie.durationMins} min · ${movie.ageRating || ''} · ${movie.genres.join(', ')}</p>
                <p>${movie.about || ''}</p>
            </div>
        </div>
        <div id="queue-notice"></div>
        <h2>Shows${city ? ` in ${city}` : ''}</h2>
        <nav class="dates" aria-label="Dates">${trusted(days.map(value => {
            const label = dayOf.format(new Date(`${value}T12:00:00+05:30`));
            const current = value === date ? 'aria-current="date"' : '';
            const none = showDays.has(value) ? '' : 'class="no-shows" title="No shows"';
            return html`<a href="#/movie/${movieId}?date=${value}" ${trusted(current)} ${trusted(none)}>${label}</a>`;
        }).join(''))}</nav>
        ${byTheatre.size === 0 ? trusted(upcoming.length === 0
            ? '<p class="muted">No shows coming up here. Try another city.</p>'
            : '<p class="muted">No shows on this day here. Try another date.</p>') : ''}
        ${trusted([...byTheatre.values()].map(({ theatre, shows: list }) => html`
            <div class="card theatre">
                <strong>${theatre.name}</strong> <span class="muted">${theatre.address}</span>
                ${trusted(theatre.cancellationAvailable ? '' : '<span class="badge">No cancellations</span>')}
                <div class="times">${trusted(list.map(showTime).join(''))}
                </div>
            </div>`).join(''))}`);
    await queueNotice(movieId, mine);
}

/** A sale behind a waiting room says so on the movie page, with the customer's place when they have one. */
async function queueNotice(movieId, mine) {
    const room = await api(`/waiting-rooms/${movieId}`).catch(() => null);
    const entry = room && session.token ? await api(`/waiting-rooms/${movieId}/entries/me`).catch(() => null) : null;
    const box = document.getElementById('queue-notice');
    if (!room || mine !== navigation || !box) return;
    const opens = room.status === 'SCHEDULED' ? ` The sale opens ${dayOf.format(new Date(room.opensAt))},
        ${timeOf.format(new Date(room.opensAt))}; everyone who joins before then gets a place drawn at random.` : '';
    if (entry && entry.status === 'ADMITTED') {
        box.innerHTML = html`<div class="card queue ok"><strong>You're in.</strong> Pick your seats before your pass ends,
            ${timeOf.format(new Date(entry.passExpiresAt))}.</div>`;
        return;
    }
    box.innerHTML = html`<div class="card queue"><strong>This sale has a waiting room.</strong>${opens}
        <a class="button primary" href="#/queue/${movieId}">${entry ? 'See your place in line' : 'Join the line'}</a></div>`;
}

/** The waiting room: the customer's place, kept across reloads (the service keeps it), until they are let in. */
async function queuePage(params, movieId) {
    const mine = navigation;
    if (!requireSignIn()) return;
    const movie = await api(`/movies/${movieId}`);
    let timer = null;
    leavePage = () => clearTimeout(timer);
    const firstKey = `queue-first:${movieId}`;
    const render = entry => {
        if (mine !== navigation) return;
        if (entry.status === 'ADMITTED') {
            sessionStorage.removeItem(firstKey);
            toast("You're in! Pick your seats.");
            location.hash = `#/movie/${movieId}`;
            return;
        }
        if (entry.status === 'EXPIRED') {
            show(html`<h1>${movie.title}</h1><div class="card"><p>Your pass for this sale has ended.</p>
                <p><a href="#/movie/${movieId}">Back to the movie</a></p></div>`);
            return;
        }
        const first = Number(sessionStorage.getItem(firstKey)) || entry.position || 0;
        if (entry.position) sessionStorage.setItem(firstKey, String(Math.max(first, entry.position)));
        const done = entry.position ? Math.round(100 * (1 - (entry.position - 1) / Math.max(first, entry.position))) : 0;
        const wait = entry.estimatedWaitSeconds ?? 0;
        const waitText = wait < 60 ? 'less than a minute' : `about ${Math.round(wait / 60)} min`;
        show(html`
            <h1>${movie.title}</h1>
            <div class="card waiting-room" aria-live="polite">
                <h2>You're in the line</h2>
                ${trusted(entry.position
                    ? html`<p class="place"><span>Your place</span> <strong id="position">${entry.position}</strong></p>
                           <p><span id="ahead">${entry.aheadOfYou}</span> ${entry.aheadOfYou === 1 ? 'person' : 'people'} ahead of you ·
                              estimated wait <span id="wait">${waitText}</span></p>`
                    : html`<p id="position">The sale opens in <span id="wait">${waitText}</span>; your place is drawn
                           at random then, ahead of everyone who joins later.</p>`)}
                <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${done}"
                     aria-label="Progress through the line"><div class="bar w${Math.round(done / 5) * 5}"></div></div>
                <p class="muted">Keep this page open: it moves on to the seats by itself when it's your turn. You keep
                   your place if you reload or come back.</p>
            </div>`);
        timer = setTimeout(poll, Math.max(2, entry.pollAfterSeconds || 5) * 1000);
    };
    const poll = async () => {
        try {
            render(await api(`/waiting-rooms/${movieId}/entries/me`));
        } catch (error) {
            if (error.status === 404) return join();
            timer = setTimeout(poll, 5000); // the service is busy or away: try again, the place is kept
        }
    };
    const join = async () => render(await api(`/waiting-rooms/${movieId}/entries`, { method: 'POST' }));
    await join();
}

function showTime(s) {
    const time = timeOf.format(new Date(s.startTime));
    if (s.availableSeats === 0) {
        return html`<a href="#/show/${s.showId}" class="sold-out" aria-label="${time}, ${s.screenName}, sold out">
            ${time} <small>Sold out</small></a>`;
    }
    const few = s.availableSeats <= 10 ? 'few-left' : '';
    return html`<a href="#/show/${s.showId}" class="${few}" aria-label="${time}, ${s.screenName}, ${s.availableSeats} seats left">
        ${time} <small>${s.availableSeats} left</small></a>`;
}

async function showPage(params, showId) {
    const mine = navigation;
    const [details, map] = await Promise.all([api(`/shows/${showId}`), api(`/shows/${showId}/seatmap`)]);
    const prices = Object.fromEntries(map.categories.map(c => [c.name, c.price]));
    const chosen = new Set();
    let hold = null;
    let stopCountdown = () => {};
    if (mine !== navigation) return; // the user went elsewhere meanwhile
    show(html`
        <h1>${details.movieTitle}</h1>
        <p class="muted">${details.theatre.name}, ${details.screenName} · ${dayOf.format(new Date(details.startTime))},
           ${timeOf.format(new Date(details.startTime))}</p>
        <div class="legend" aria-hidden="true">
            ${trusted(map.categories.map(c => html`<span>${title(c.name)} ${money.format(c.price)}</span>`).join(''))}
            <span><i></i>Available</span><span class="chosen"><i></i>Selected</span><span class="mine"><i></i>Held by you</span>
            <span class="held"><i></i>Held</span><span class="booked"><i></i>Booked</span>
        </div>
        <p class="pan-hint muted" id="pan-hint" hidden>Swipe sideways to see every seat of a row</p>
        <div class="seatmap" role="group" aria-label="Seats" tabindex="0">
            <div class="seats">
                <div class="screen">SCREEN THIS WAY</div>
                ${trusted(seatRows(map, prices))}
            </div>
        </div>
        <div class="summary">
            <span id="picked">Pick up to ${MAX_SEATS} seats</span>
            <span id="hold-state" hidden>Held for <span class="countdown" id="countdown"></span></span>
            <span>
                <button type="button" class="secondary" id="release" hidden>Release</button>
                <button type="button" class="primary" id="hold" disabled>Hold seats</button>
                <button type="button" class="primary" id="continue" hidden>Continue to payment</button>
            </span>
        </div>`);
    const seatButtons = new Map([...view.querySelectorAll('.seat')].map(b => [b.dataset.seat, b]));
    const seatmap = view.querySelector('.seatmap');
    const hint = () => { document.getElementById('pan-hint').hidden = seatmap.scrollWidth <= seatmap.clientWidth + 1; };
    hint();
    window.addEventListener('resize', hint);
    const pickedLabel = document.getElementById('picked');
    const holdButton = document.getElementById('hold');
    const continueButton = document.getElementById('continue');
    const releaseButton = document.getElementById('release');

    const refreshSummary = () => {
        const seats = hold ? hold.seatIds : [...chosen];
        const total = hold ? hold.totalAmount : seats.reduce((sum, id) => sum + prices[seatButtons.get(id).dataset.category], 0);
        pickedLabel.textContent = seats.length ? `${seats.join(', ')} · ${money.format(total)}` : `Pick up to ${MAX_SEATS} seats`;
        holdButton.disabled = chosen.size === 0;
        holdButton.hidden = !!hold;
        continueButton.hidden = releaseButton.hidden = !hold;
        document.getElementById('hold-state').hidden = !hold;
    };
    const setStatus = (seatId, status, mine = false) => {
        const button = seatButtons.get(seatId);
        if (!button) return;
        button.dataset.status = status;
        button.dataset.mine = String(mine);
        if (status !== 'AVAILABLE' && chosen.delete(seatId)) {
            button.setAttribute('aria-pressed', 'false');
            toast(`Seat ${seatId} was just taken by someone else`);
        }
        button.setAttribute('aria-label', seatLabel(button, prices));
        button.disabled = status !== 'AVAILABLE' && !mine;
    };
    const reload = async () => {
        const fresh = await api(`/shows/${showId}/seatmap`);
        fresh.rows.forEach(r => r.seats.forEach(s => setStatus(s.seatId, s.status, s.heldByYou && !!hold && hold.seatIds.includes(s.seatId))));
        refreshSummary();
    };
    const endHold = message => {
        stopCountdown();
        const seats = hold ? hold.seatIds : [];
        hold = null;
        sessionStorage.removeItem(`hold:${showId}`);
        seats.forEach(id => setStatus(id, 'AVAILABLE'));
        refreshSummary();
        if (message) toast(message);
        reload().catch(() => {});
    };
    const startHold = held => {
        hold = held;
        sessionStorage.setItem(`hold:${showId}`, JSON.stringify(held));
        chosen.clear();
        seatButtons.forEach(b => b.setAttribute('aria-pressed', 'false'));
        held.seatIds.forEach(id => setStatus(id, 'HELD', true));
        stopCountdown = countdown(document.getElementById('countdown'), Date.parse(held.expiresAt),
            () => endHold('Your hold ran out and the seats were released. Pick them again if they are still free.'));
        refreshSummary();
    };

    view.querySelector('.seatmap').addEventListener('click', event => {
        const button = event.target.closest('.seat');
        if (!button || button.disabled || hold) return;
        const id = button.dataset.seat;
        if (chosen.has(id)) {
            chosen.delete(id);
        } else if (chosen.size >= MAX_SEATS) {
            toast(`At most ${MAX_SEATS} seats per booking`);
            return;
        } else {
            chosen.add(id);
        }
        button.setAttribute('aria-pressed', String(chosen.has(id)));
        refreshSummary();
    });
    holdButton.addEventListener('click', async () => {
        if (!requireSignIn()) return;
        holdButton.disabled = true;
        try {
            startHold(await api('/holds', { method: 'POST', body: { showId, seatIds: [...chosen] } }));
        } catch (error) {
            if (error.code === 'SEATS_UNAVAILABLE') {
                (error.details.unavailableSeatIds || []).forEach(id => setStatus(id, 'HELD'));
            }
            if (error.code === 'ADMISSION_REQUIRED') {
                location.hash = `#/queue/${error.details.movieId}`;
                return;
            }
            toast(error.message);
            refreshSummary();
        }
    });
    releaseButton.addEventListener('click', async () => {
        await api(`/holds/${hold.holdId}`, { method: 'DELETE' }).catch(() => {});
        endHold('Seats released');
    });
    continueButton.addEventListener('click', () => { location.hash = `#/checkout/${hold.holdId}`; });

    // a hold made earlier on this page (reload, back from checkout) is picked up again
    const earlier = JSON.parse(sessionStorage.getItem(`hold:${showId}`) || 'null');
    if (earlier && session.token) {
        const current = await api(`/holds/${earlier.holdId}`).catch(() => null);
        if (current && current.status === 'ACTIVE') startHold(current); else sessionStorage.removeItem(`hold:${showId}`);
    }
    refreshSummary();

    const events = new EventSource(`/api/shows/${showId}/seatmap/events`);
    events.addEventListener('ready', () => reload().catch(() => {}));
    events.addEventListener('seats', event => {
        const change = JSON.parse(event.data);
        change.seats.forEach(s => setStatus(s.seatId, s.status, !!hold && hold.seatIds.includes(s.seatId) && s.status === 'HELD'));
    });
    leavePage = () => { events.close(); stopCountdown(); window.removeEventListener('resize', hint); };
}

function seatRows(map, prices) {
    let lastCategory = null;
    return map.rows.map(row => {
        const category = row.seats[0]?.category;
        const heading = category !== lastCategory ? html`<div class="category">${title(category)} · ${money.format(prices[category])}</div>` : '';
        lastCategory = category;
        let previous = 0;
        const cells = row.seats.map(seat => {
            const gaps = '<span class="gap"></span>'.repeat(Math.max(0, seat.number - previous - 1));
            previous = seat.number;
            const label = `${seat.seatId}, ${title(seat.category)}, ${money.format(prices[seat.category])}, ${seat.status.toLowerCase()}`;
            return gaps + html`<button type="button" class="seat" data-seat="${seat.seatId}" data-category="${seat.category}"
                data-status="${seat.status}" data-mine="false" aria-pressed="false" aria-label="${label}"
                ${trusted(seat.status !== 'AVAILABLE' ? 'disabled' : '')}>${seat.number}</button>`;
        }).join('');
        return `${heading}<div class="row"><span class="row-label">${escape(row.row)}</span>${cells}<span class="row-label">${escape(row.row)}</span></div>`;
    }).join('');
}

function seatLabel(button, prices) {
    const state = button.dataset.mine === 'true' ? 'held by you' : button.dataset.status.toLowerCase();
    return `${button.dataset.seat}, ${title(button.dataset.category)}, ${money.format(prices[button.dataset.category])}, ${state}`;
}

function title(name) {
    return name ? name.charAt(0) + name.slice(1).toLowerCase() : '';
}

async function checkoutPage(params, holdId) {
    const mine = navigation;
    if (!requireSignIn()) return;
    const [hold, me] = await Promise.all([api(`/holds/${holdId}`), api('/auth/me')]);
    if (hold.status !== 'ACTIVE') {
        if (mine !== navigation) return; // the user went elsewhere meanwhile
        show(html`<div class="card"><p>This hold is ${hold.status.toLowerCase()}.</p><p><a href="#/show/${hold.showId}">Pick seats again</a></p></div>`);
        return;
    }
    const details = await api(`/shows/${hold.showId}`);
    const orderKey = sessionStorage.getItem(`order-key:${holdId}`) || newKey();
    sessionStorage.setItem(`order-key:${holdId}`, orderKey);
    if (mine !== navigation) return; // the user went elsewhere meanwhile
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
            <fieldset>
                <legend>Card (sandbox)</legend>
                <label><input type="radio" name="token" value="tok_visa" checked> Visa ending 4242</label>
                <label><input type="radio" name="token" value="tok_mastercard"> Mastercard ending 4444</label>
                <label><input type="radio" name="token" value="tok_chargeDeclined"> A card that is declined</label>
            </fieldset>
            <p id="pay-error" class="error" role="alert" hidden></p>
            <button class="primary" id="pay-button">Pay ${money.format(hold.totalAmount)}</button>
        </form>`);
    const stop = countdown(document.getElementById('countdown'), Date.parse(hold.expiresAt), () => {
        toast('Your hold ran out; the seats were released.');
        location.hash = `#/show/${hold.showId}`;
    });
    leavePage = stop;
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
            attempt = attempt && attempt.token === data.get('token') ? attempt : { token: data.get('token'), key: newKey() };
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

async function orderPage(params, orderId) {
    const mine = navigation;
    if (!requireSignIn()) return;
    const order = await api(`/orders/${orderId}`);
    const details = await api(`/shows/${order.showId}`);
    if (mine !== navigation) return; // the user went elsewhere meanwhile
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
            route();
        } catch (error) {
            toast(error.message);
            event.target.disabled = false;
        }
    });
}

async function ordersPage() {
    const mine = navigation;
    if (!requireSignIn()) return;
    const page = await api('/orders?size=50');
    if (mine !== navigation) return; // the user went elsewhere meanwhile
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

async function signInPage(params) {
    const mine = navigation;
    const next = params.get('next') || '#/';
    if (mine !== navigation) return; // the user went elsewhere meanwhile
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

// ---- shell -------------------------------------------------------------------------------------------

function currentCity() {
    return localStorage.getItem('city') || '';
}

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

function renderNav() {
    const signedIn = !!session.token;
    document.getElementById('nav-signin').hidden = signedIn;
    document.getElementById('nav-signout').hidden = !signedIn;
    document.getElementById('nav-orders').hidden = !signedIn;
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
];

async function route() {
    navigation++;
    leavePage();
    renderNav();
    leavePage = () => {};
    const [path, query] = (location.hash.slice(1) || '/').split('?');
    const params = new URLSearchParams(query || '');
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

document.getElementById('nav-signout').addEventListener('click', () => {
    session.signOut();
    renderNav();
    location.hash = '#/';
});
window.addEventListener('hashchange', route);
renderNav();
api('/time').then(t => { clockOffset = Date.parse(t.now ?? t.serverTime ?? t.time) - Date.now() || 0; }).catch(() => {});
loadCities().catch(() => {}).finally(route);
