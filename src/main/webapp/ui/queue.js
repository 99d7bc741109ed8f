// The waiting room of a sale.

import { api, html, nav, requireSignIn, show, toast, trusted } from './common.js';

/** The waiting room: the customer's place, kept across reloads (the service keeps it), until they are let in. */
export async function queuePage(params, movieId) {
    const mine = nav.count;
    if (!requireSignIn()) return;
    const movie = await api(`/movies/${movieId}`);
    let timer = null;
    nav.leave = () => clearTimeout(timer);
    const firstKey = `queue-first:${movieId}`;
    const render = entry => {
        if (mine !== nav.count) return;
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
