-- Waiting rooms for high-demand sales: the settings of each movie's room. The line itself and the passes live
-- in Redis (shared by every instance); the room being on is recorded here, so that every instance knows it,
-- also while Redis is unreachable (then holds for the movie are refused rather than let through).
CREATE TABLE waiting_rooms (
    movie_id         uuid        PRIMARY KEY REFERENCES movies (movie_id) ON DELETE CASCADE,
    opens_at         timestamptz NOT NULL,
    admit_per_minute integer     NOT NULL CHECK (admit_per_minute >= 1),
    max_shoppers     integer     NOT NULL CHECK (max_shoppers >= 1),
    pass_seconds     integer     NOT NULL CHECK (pass_seconds >= 10),
    -- a new room (after one was switched off) gets a new generation: its line starts empty
    generation       uuid        NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
