-- A version of everything the public side reads, so that a server may keep answers and know when they went stale,
-- even when several servers share this database. Every transaction that changes a table the public side reads
-- takes a new version as it commits: the version row is written in that same transaction, so a reader that sees a
-- version also sees every change made before it. A server reads the version before it reads data; an answer
-- stored under version v is then at least as new as v (docs/api.md, "Caching").

-- Versions come from a sequence, so none is ever given twice (not even if the row were deleted and written again).
CREATE SEQUENCE public_data_version_seq;
CREATE TABLE public_data_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint  NOT NULL
);
INSERT INTO public_data_version (version) VALUES (nextval('public_data_version_seq'));

-- One note per changing transaction; a deferred trigger turns it into a new version at commit. The version row is
-- thus locked only for the instant of the commit, not from a transaction's first write: writers do not queue
-- behind one another's whole transactions, and cannot deadlock on it (it is the last lock each one takes).
CREATE UNLOGGED TABLE public_change (noted_at timestamptz NOT NULL DEFAULT now());

CREATE FUNCTION note_public_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- a transaction-local flag: a thousand inserted claims make one note, not a thousand
    IF coalesce(current_setting('crosscheck.public_change_noted', true), '') <> 'on' THEN
        PERFORM set_config('crosscheck.public_change_noted', 'on', true);
        INSERT INTO public_change DEFAULT VALUES;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION take_public_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public_data_version (version) VALUES (nextval('public_data_version_seq'))
    ON CONFLICT (only_row) DO UPDATE SET version = excluded.version;
    DELETE FROM public_change;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER public_change_commits AFTER INSERT ON public_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION take_public_data_version();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['outlet', 'document', 'entity', 'entity_alias', 'attribution', 'proposition', 'claim', 'conflict',
                             'conflict_side', 'rating', 'verdict', 'verdict_revision', 'verdict_evidence', 'proposition_move',
                             'proposition_retired'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION note_public_change()', t || '_public_change', t);
    END LOOP;
END $$;
