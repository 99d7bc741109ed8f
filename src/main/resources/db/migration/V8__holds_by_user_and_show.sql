-- Holds stay on record after they end (a hold still reads EXPIRED long after), so the table only grows.
-- Recording a hold that Redis granted asks about the user's holds of the show in every status (was a newer one
-- granted? which ended ones still have seat rows?), which no index served: every hold scanned the whole table.
CREATE INDEX holds_by_user_and_show ON holds (user_id, show_id, seq);
