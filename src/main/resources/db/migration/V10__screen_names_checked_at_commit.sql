-- Screen names stay unique per theatre, but are checked when the transaction commits: one update of a
-- theatre may swap two screens' names, which is valid as a whole and invalid row by row.
ALTER TABLE screens DROP CONSTRAINT screens_theatre_id_name_key;
ALTER TABLE screens ADD CONSTRAINT screens_theatre_id_name_key UNIQUE (theatre_id, name) DEFERRABLE INITIALLY DEFERRED;
