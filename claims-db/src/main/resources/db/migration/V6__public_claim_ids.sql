-- Public claim ids never change meaning. A proposition id (bigserial, never reused) names one reconciliation group,
-- the group whose smallest mention gave it its key. When reconciliation merges, renames or splits groups, claim
-- mentions move to other propositions and a proposition left without mentions is deleted. These two tables keep
-- what the public API needs to answer for an id it once published: which propositions its mentions moved to, and
-- what it said when it was retired. The API then redirects a retired id to its single successor, or answers
-- 410 Gone naming all of them; a live id always means the group it was created for.

CREATE TABLE proposition_move (
    from_id  bigint      NOT NULL,
    to_id    bigint      NOT NULL,
    moved_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (from_id, to_id),
    CHECK (from_id <> to_id)
);

CREATE TABLE proposition_retired (
    id         bigint      PRIMARY KEY,
    key        text        NOT NULL,
    text       text        NOT NULL,
    retired_at timestamptz NOT NULL DEFAULT now()
);

-- One statement moves many mentions at once; a statement-level trigger records each (from, to) pair once.
CREATE FUNCTION record_proposition_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO proposition_move (from_id, to_id)
    SELECT DISTINCT o.proposition_id, n.proposition_id
    FROM moved_from o JOIN moved_to n ON n.id = o.id
    WHERE o.proposition_id IS NOT NULL AND n.proposition_id IS NOT NULL AND o.proposition_id <> n.proposition_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER claim_proposition_moved AFTER UPDATE ON claim
    REFERENCING OLD TABLE AS moved_from NEW TABLE AS moved_to
    FOR EACH STATEMENT EXECUTE FUNCTION record_proposition_moves();

CREATE FUNCTION record_proposition_retired() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO proposition_retired (id, key, text) VALUES (OLD.id, OLD.key, OLD.text) ON CONFLICT (id) DO NOTHING;
    RETURN OLD;
END $$;
CREATE TRIGGER proposition_retired_kept AFTER DELETE ON proposition
    FOR EACH ROW EXECUTE FUNCTION record_proposition_retired();

-- Public fact-checks are listed newest first by their latest publication.
CREATE INDEX verdict_revision_published_idx ON verdict_revision (verdict_id, revision DESC) WHERE published_at IS NOT NULL;

-- A claim's conflicts and a proposition's verdict are looked up for every search result. The editor workspace's
-- migration creates the same two indexes under the same names; whichever runs second finds them there.
CREATE INDEX IF NOT EXISTS conflict_side_claim_idx ON conflict_side (claim_id);
CREATE INDEX IF NOT EXISTS verdict_proposition_idx ON verdict (proposition_id);
