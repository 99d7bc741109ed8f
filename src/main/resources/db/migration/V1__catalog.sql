-- Catalog: movies, theatres, screens with their seat layouts, shows with a price per seat category.
-- Holds, orders, tickets and users reference shows and (show_id, seat_id) pairs; nothing here needs to
-- change for them.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE movies (
    movie_id      uuid PRIMARY KEY,
    title         varchar(255) NOT NULL CHECK (length(btrim(title)) > 0),
    about         text,
    thumbnail_url text,
    rating        numeric(3, 1) CHECK (rating BETWEEN 0 AND 10),
    duration_mins integer      NOT NULL CHECK (duration_mins BETWEEN 1 AND 600),
    age_rating    varchar(10),
    release_date  date,
    language      varchar(50)  NOT NULL,
    format        varchar(20)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);
CREATE INDEX movies_title_lower ON movies (lower(title));
CREATE INDEX movies_language_lower ON movies (lower(language));

CREATE TABLE movie_genres (
    movie_id uuid        NOT NULL REFERENCES movies (movie_id) ON DELETE CASCADE,
    position integer     NOT NULL,
    genre    varchar(50) NOT NULL,
    PRIMARY KEY (movie_id, position)
);
CREATE INDEX movie_genres_genre_lower ON movie_genres (lower(genre));

CREATE TABLE theatres (
    theatre_id             uuid PRIMARY KEY,
    name                   varchar(255)  NOT NULL,
    address                text          NOT NULL,
    city                   varchar(100)  NOT NULL,
    geo_lat                numeric(10, 7) CHECK (geo_lat BETWEEN -90 AND 90),
    geo_lng                numeric(10, 7) CHECK (geo_lng BETWEEN -180 AND 180),
    cancellation_available boolean       NOT NULL DEFAULT true,
    created_at             timestamptz   NOT NULL DEFAULT now(),
    updated_at             timestamptz   NOT NULL DEFAULT now(),
    version                bigint        NOT NULL DEFAULT 0
);
CREATE INDEX theatres_city_lower ON theatres (lower(city));

CREATE TABLE screens (
    screen_id  uuid PRIMARY KEY,
    theatre_id uuid         NOT NULL REFERENCES theatres (theatre_id),
    name       varchar(100) NOT NULL,
    -- Bumped whenever the seat layout is replaced, so that every instance's layout cache notices.
    layout_version integer NOT NULL DEFAULT 1,
    UNIQUE (theatre_id, name)
);

-- One row per physical seat. Gaps (aisles) are positions with no row: seat_number is the column.
CREATE TABLE screen_seats (
    screen_id   uuid        NOT NULL REFERENCES screens (screen_id) ON DELETE CASCADE,
    seat_id     varchar(8)  NOT NULL,
    row_label   varchar(3)  NOT NULL,
    row_index   smallint    NOT NULL CHECK (row_index >= 0),
    seat_number smallint    NOT NULL CHECK (seat_number >= 1),
    category    varchar(20) NOT NULL,
    PRIMARY KEY (screen_id, seat_id),
    UNIQUE (screen_id, row_index, seat_number)
);

CREATE TABLE shows (
    show_id      uuid PRIMARY KEY,
    movie_id     uuid        NOT NULL REFERENCES movies (movie_id),
    screen_id    uuid        NOT NULL REFERENCES screens (screen_id),
    start_time   timestamptz NOT NULL,
    -- Start plus the movie's length plus the turnaround: what one screen cannot share.
    end_time     timestamptz NOT NULL,
    status       varchar(20) NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    cancelled_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    CHECK (end_time > start_time),
    -- The database refuses two scheduled shows on one screen at overlapping times, whoever inserts them.
    CONSTRAINT shows_no_overlap EXCLUDE USING gist (
        screen_id WITH =, tstzrange(start_time, end_time) WITH &&) WHERE (status = 'SCHEDULED')
);
CREATE INDEX shows_movie_start ON shows (movie_id, start_time);
CREATE INDEX shows_screen_start ON shows (screen_id, start_time);

CREATE TABLE show_prices (
    show_id  uuid           NOT NULL REFERENCES shows (show_id) ON DELETE CASCADE,
    category varchar(20)    NOT NULL,
    price    numeric(10, 2) NOT NULL CHECK (price >= 0),
    PRIMARY KEY (show_id, category)
);
