// A show's live seat map: pick seats, hold them, watch others' holds and sales as they happen.

import {
    api, countdown, dayOf, escape, html, MAX_SEATS, money, nav, requireSignIn, session, show, timeOf, toast,
    trusted, view,
} from './common.js';

export async function showPage(params, showId) {
    const mine = nav.count;
    const [details, map] = await Promise.all([api(`/shows/${showId}`), api(`/shows/${showId}/seatmap`)]);
    const prices = Object.fromEntries(map.categories.map(c => [c.name, c.price]));
    const chosen = new Set();
    let hold = null;
    let stopCountdown = () => {};
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
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
    nav.leave = () => { events.close(); stopCountdown(); window.removeEventListener('resize', hint); };
}

export function seatRows(map, prices) {
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

export function seatLabel(button, prices) {
    const state = button.dataset.mine === 'true' ? 'held by you' : button.dataset.status.toLowerCase();
    return `${button.dataset.seat}, ${title(button.dataset.category)}, ${money.format(prices[button.dataset.category])}, ${state}`;
}

export function title(name) {
    return name ? name.charAt(0) + name.slice(1).toLowerCase() : '';
}
