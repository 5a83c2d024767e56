-- The propositions a date or number conflict sets against each other are named in its key ("number|G1|G2"). Kept as
-- an indexed array, an arrival finds the conflicts of the groups it recomputed without reading every conflict: the
-- scan it replaces grew with the archive (14 ms an arrival at 2,000 conflicts).
ALTER TABLE conflict ADD COLUMN named_groups text[] GENERATED ALWAYS AS (string_to_array(key, '|')) STORED;
CREATE INDEX conflict_named_groups_idx ON conflict USING gin (named_groups) WHERE status = 'open' AND kind IN ('date', 'number');
