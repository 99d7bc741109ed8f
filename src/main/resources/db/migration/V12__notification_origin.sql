-- The message store a notification's message was handed to: each server sweeps up the rows of its own store
-- that it never handed over (it stopped right after the commit), and another server's only when that one's
-- message must be lost.
ALTER TABLE notifications ADD COLUMN origin text;
