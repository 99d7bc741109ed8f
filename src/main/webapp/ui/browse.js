// Browsing: the movies of a city, a movie with its shows by date and theatre.

import {
    api, currentCity, dayOf, escape, html, localDate, nav, serverNow, session, show, timeOf, trusted,
} from './common.js';

export async function homePage(params) {
    const mine = nav.count;
    const city = currentCity();
    const query = new URLSearchParams({ size: '100' });
    if (city) query.set('city', city);
    for (const name of ['q', 'language', 'genre', 'format']) {
        if (params.get(name)) query.set(name, params.get(name));
    }
    const [page, all] = await Promise.all([api(`/movies?${query}`), api(`/movies?size=100${city ? `&city=${encodeURIComponent(city)}` : ''}`)]);
    const options = (name, values) => trusted(`<option value="">${name}</option>` + [...new Set(values)].sort()
        .map(v => `<option ${params.get(name.toLowerCase()) === v ? 'selected' : ''}>${escape(v)}</option>`).join(''));
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
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

export async function moviePage(params, movieId) {
    const mine = nav.count;
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
    if (mine !== nav.count) return; // the user went elsewhere meanwhile
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
export async function queueNotice(movieId, mine) {
    const room = await api(`/waiting-rooms/${movieId}`).catch(() => null);
    const entry = room && session.token ? await api(`/waiting-rooms/${movieId}/entries/me`).catch(() => null) : null;
    const box = document.getElementById('queue-notice');
    if (!room || mine !== nav.count || !box) return;
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


export function showTime(s) {
    const time = timeOf.format(new Date(s.startTime));
    if (s.availableSeats === 0) {
        return html`<a href="#/show/${s.showId}" class="sold-out" aria-label="${time}, ${s.screenName}, sold out">
            ${time} <small>Sold out</small></a>`;
    }
    const few = s.availableSeats <= 10 ? 'few-left' : '';
    return html`<a href="#/show/${s.showId}" class="${few}" aria-label="${time}, ${s.screenName}, ${s.availableSeats} seats left">
        ${time} <small>${s.availableSeats} left</small></a>`;
}
