-- Schema v1 for the whole newsroom domain. Later issues extend it with new migrations; none rewrites it.
-- Offsets (start_offset, end_offset) are Java String indices (UTF-16 code units) into document.content, end exclusive.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with a fixed dictionary may be used in indexes.
CREATE FUNCTION fold_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- ---------------------------------------------------------------- outlets and documents

CREATE TABLE outlet (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL CHECK (length(btrim(name)) > 0),
    name_key    text        NOT NULL UNIQUE,
    home_url    text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE document (
    id                  bigserial PRIMARY KEY,
    sha256              text        NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content             text        NOT NULL CHECK (length(content) > 0),
    media_type          text        NOT NULL CHECK (media_type IN ('text/plain', 'text/html', 'text/markdown')),
    original            bytea,
    url                 text,
    source_name         text,
    outlet_id           bigint      REFERENCES outlet (id),
    outlet_basis        text,
    title               text,
    title_basis         text,
    published_first     date,
    published_last      date,
    published_precision text        CHECK (published_precision IN ('DAY', 'WEEK', 'PART_OF_MONTH', 'MONTH', 'SEASON', 'YEAR', 'DECADE')),
    published_basis     text,
    retrieved_at        timestamptz NOT NULL DEFAULT now(),
    syndicated_from_id  bigint      REFERENCES document (id),
    corrects_id         bigint      REFERENCES document (id),
    extraction_version  text        NOT NULL,
    body_fingerprint    bytea       CHECK (body_fingerprint IS NULL OR length(body_fingerprint) = 1024),
    -- Extraction (who said what) runs after ingest, in the background: null until it has run on this document.
    extracted_at        timestamptz,
    extraction_error    text,
    CHECK ((published_first IS NULL) = (published_last IS NULL) AND (published_first IS NULL) = (published_precision IS NULL)),
    CHECK (published_first IS NULL OR published_first <= published_last),
    CHECK (syndicated_from_id IS NULL OR syndicated_from_id <> id),
    CHECK (corrects_id IS NULL OR corrects_id <> id)
);
CREATE INDEX document_outlet_idx ON document (outlet_id);
-- (url, id): "the newest document at this URL" is answered from the index alone, never by a backward scan.
CREATE INDEX document_url_idx ON document (url, id);
CREATE INDEX document_published_idx ON document (published_first);
CREATE INDEX document_syndicated_from_idx ON document (syndicated_from_id);
CREATE INDEX document_extraction_pending_idx ON document (id) WHERE extracted_at IS NULL;

-- The stored text never changes once written: a corrected article is a new document (corrects_id).
CREATE FUNCTION refuse_document_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.sha256 IS DISTINCT FROM OLD.sha256
       OR NEW.original IS DISTINCT FROM OLD.original THEN
        RAISE EXCEPTION 'document % is immutable: store a correction as a new document', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER document_immutable BEFORE UPDATE ON document FOR EACH ROW EXECUTE FUNCTION refuse_document_rewrite();

CREATE TABLE body_range (
    document_id  bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position     int    NOT NULL CHECK (position >= 0),
    start_offset int    NOT NULL CHECK (start_offset >= 0),
    end_offset   int    NOT NULL,
    PRIMARY KEY (document_id, position),
    CHECK (end_offset > start_offset)
);

CREATE TABLE sentence (
    document_id  bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position     int    NOT NULL CHECK (position >= 0),
    start_offset int    NOT NULL CHECK (start_offset >= 0),
    end_offset   int    NOT NULL,
    PRIMARY KEY (document_id, position),
    CHECK (end_offset > start_offset)
);

-- MinHash band hashes of a document's body: candidates for syndication are found by equal bands, not by a scan.
-- A band's hash already mixes in the band number, so the key leads with the hash: one index keeps rows unique and
-- answers the candidate lookup (hash = ANY(array)) with one prepared statement.
CREATE TABLE syndication_band (
    document_id bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    band        int    NOT NULL CHECK (band >= 0),
    hash        bigint NOT NULL,
    PRIMARY KEY (hash, document_id, band)
);

-- ---------------------------------------------------------------- entities

CREATE TABLE entity (
    id             bigserial PRIMARY KEY,
    kind           text        NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'place', 'group')),
    name           text        NOT NULL CHECK (length(btrim(name)) > 0),
    country        text        CHECK (length(btrim(country)) > 0),
    qualifier      text,
    -- kind, country and folded name: the same actor seen in another article finds this row.
    key            text        NOT NULL UNIQUE,
    wikidata_id    text        CHECK (wikidata_id ~ '^Q[0-9]+$'),
    merged_into_id bigint      REFERENCES entity (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
CREATE INDEX entity_name_trgm_idx ON entity USING gin (fold_text(name) gin_trgm_ops);

CREATE TABLE entity_alias (
    id         bigserial PRIMARY KEY,
    entity_id  bigint      NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias      text        NOT NULL CHECK (length(btrim(alias)) > 0),
    alias_key  text        NOT NULL,
    added_by   text        NOT NULL DEFAULT 'extraction' CHECK (added_by IN ('extraction', 'editor', 'knowledge-base')),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (entity_id, alias_key)
);
CREATE INDEX entity_alias_key_idx ON entity_alias (alias_key);
CREATE INDEX entity_alias_trgm_idx ON entity_alias USING gin (alias_key gin_trgm_ops);

CREATE TABLE entity_mention (
    id           bigserial PRIMARY KEY,
    document_id  bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    entity_id    bigint NOT NULL REFERENCES entity (id),
    start_offset int    NOT NULL CHECK (start_offset >= 0),
    end_offset   int    NOT NULL,
    text         text   NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX entity_mention_entity_idx ON entity_mention (entity_id);
CREATE INDEX entity_mention_document_idx ON entity_mention (document_id);

-- ---------------------------------------------------------------- attributions, claims, propositions

CREATE TABLE attribution (
    id                   bigserial PRIMARY KEY,
    document_id          bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    speaker_entity_id    bigint  REFERENCES entity (id),
    speaker_start_offset int,
    speaker_end_offset   int,
    cue                  text    NOT NULL,
    stance               text    NOT NULL CHECK (stance ~ '^[A-Z][A-Z_]*$'),
    direct               boolean NOT NULL,
    content_start_offset int     NOT NULL CHECK (content_start_offset >= 0),
    content_end_offset   int     NOT NULL,
    content              text    NOT NULL,
    CHECK (content_end_offset > content_start_offset),
    CHECK ((speaker_start_offset IS NULL) = (speaker_end_offset IS NULL)),
    CHECK (speaker_start_offset IS NULL OR speaker_end_offset > speaker_start_offset)
);
CREATE INDEX attribution_document_idx ON attribution (document_id);
CREATE INDEX attribution_speaker_idx ON attribution (speaker_entity_id);

CREATE TABLE proposition (
    id                bigserial PRIMARY KEY,
    key               text        NOT NULL,
    text              text        NOT NULL CHECK (length(btrim(text)) > 0),
    kind              text        NOT NULL CHECK (kind IN ('EVENT', 'QUANTITY', 'DATE', 'STANCE', 'STATUS')),
    actor_entity_id   bigint      REFERENCES entity (id),
    action            text,
    independent_count int         NOT NULL DEFAULT 0 CHECK (independent_count >= 0),
    derivative_count  int         NOT NULL DEFAULT 0 CHECK (derivative_count >= 0),
    first_document_id bigint      REFERENCES document (id),
    reconciliation_version text   NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    search            tsvector    GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX proposition_key_idx ON proposition (key);
CREATE INDEX proposition_actor_action_idx ON proposition (actor_entity_id, action);
CREATE INDEX proposition_search_idx ON proposition USING gin (search);
CREATE INDEX proposition_text_trgm_idx ON proposition USING gin (fold_text(text) gin_trgm_ops);

CREATE TABLE claim (
    id                bigserial PRIMARY KEY,
    document_id       bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    proposition_id    bigint  REFERENCES proposition (id),
    attribution_id    bigint  REFERENCES attribution (id),
    kind              text    NOT NULL CHECK (kind IN ('EVENT', 'QUANTITY', 'DATE', 'STANCE', 'STATUS')),
    start_offset      int     NOT NULL CHECK (start_offset >= 0),
    end_offset        int     NOT NULL,
    text              text    NOT NULL,
    actor_entity_id   bigint  REFERENCES entity (id),
    actor_text        text,
    action            text,
    object_text       text,
    date_first        date,
    date_last         date,
    date_precision    text    CHECK (date_precision IN ('DAY', 'WEEK', 'PART_OF_MONTH', 'MONTH', 'SEASON', 'YEAR', 'DECADE')),
    date_resolved_from text,
    number_low        numeric,
    number_high       numeric,
    number_qualifier  text,
    number_unit       text,
    key               text    NOT NULL,
    search            tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    CHECK (end_offset > start_offset),
    CHECK (date_first IS NULL OR date_first <= date_last),
    CHECK (number_low IS NULL OR number_high IS NULL OR number_low <= number_high)
);
CREATE INDEX claim_document_idx ON claim (document_id);
CREATE INDEX claim_proposition_idx ON claim (proposition_id);
CREATE INDEX claim_key_idx ON claim (key);
CREATE INDEX claim_actor_action_idx ON claim (actor_entity_id, action);
CREATE INDEX claim_search_idx ON claim USING gin (search);
CREATE INDEX claim_text_trgm_idx ON claim USING gin (fold_text(text) gin_trgm_ops);

CREATE TABLE proposition_relation (
    from_id bigint NOT NULL REFERENCES proposition (id) ON DELETE CASCADE,
    to_id   bigint NOT NULL REFERENCES proposition (id) ON DELETE CASCADE,
    kind    text   NOT NULL CHECK (kind IN ('same', 'contradicts', 'refines', 'supports')),
    PRIMARY KEY (from_id, to_id, kind),
    CHECK (from_id <> to_id)
);

-- ---------------------------------------------------------------- conflicts

CREATE TABLE conflict (
    id               bigserial PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('attribution', 'date', 'number', 'name', 'other')),
    severity         text        NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    explanation      text        NOT NULL CHECK (length(btrim(explanation)) > 0),
    status           text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed', 'resolved')),
    status_reason    text,
    proposition_id   bigint      REFERENCES proposition (id),
    key              text        NOT NULL UNIQUE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    CHECK (status <> 'dismissed' OR length(btrim(coalesce(status_reason, ''))) > 0)
);
CREATE INDEX conflict_open_idx ON conflict (status, severity);

CREATE TABLE conflict_side (
    id             bigserial PRIMARY KEY,
    conflict_id    bigint NOT NULL REFERENCES conflict (id) ON DELETE CASCADE,
    label          text   NOT NULL,
    document_id    bigint NOT NULL REFERENCES document (id),
    claim_id       bigint REFERENCES claim (id),
    attribution_id bigint REFERENCES attribution (id),
    start_offset   int    NOT NULL CHECK (start_offset >= 0),
    end_offset     int    NOT NULL,
    text           text   NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX conflict_side_conflict_idx ON conflict_side (conflict_id);

-- ---------------------------------------------------------------- people, verdicts, audit

CREATE TABLE app_user (
    id            bigserial PRIMARY KEY,
    username      text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  text        NOT NULL,
    password_hash text        NOT NULL CHECK (password_hash LIKE '$2%'),
    disabled      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_role (
    user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text   NOT NULL CHECK (role IN ('editor', 'publisher', 'admin')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE api_key (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL,
    key_hash    text        NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    created_by  bigint      NOT NULL REFERENCES app_user (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

CREATE TABLE rating (
    code      text PRIMARY KEY CHECK (code ~ '^[a-z][a-z-]*$'),
    label     text NOT NULL,
    position  int  NOT NULL UNIQUE,
    score     int  NOT NULL CHECK (score BETWEEN 1 AND 5)
);
INSERT INTO rating (code, label, position, score) VALUES
    ('true', 'True', 1, 5),
    ('mostly-true', 'Mostly true', 2, 4),
    ('misleading', 'Misleading', 3, 2),
    ('false', 'False', 4, 1),
    ('misattributed', 'Misattributed', 5, 1),
    ('unverifiable', 'Unverifiable', 6, 3);

CREATE TABLE verdict (
    id               bigserial PRIMARY KEY,
    proposition_id   bigint      NOT NULL REFERENCES proposition (id),
    conflict_id      bigint      REFERENCES conflict (id),
    slug             text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    status           text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published', 'retracted')),
    current_revision int         NOT NULL DEFAULT 1 CHECK (current_revision >= 1),
    created_by       bigint      NOT NULL REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       bigint      NOT NULL REFERENCES app_user (id),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    first_published_at timestamptz,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX verdict_status_idx ON verdict (status, first_published_at DESC);

CREATE TABLE verdict_revision (
    id                 bigserial PRIMARY KEY,
    verdict_id         bigint      NOT NULL REFERENCES verdict (id),
    revision           int         NOT NULL CHECK (revision >= 1),
    rating_code        text        NOT NULL REFERENCES rating (code),
    headline           text        NOT NULL CHECK (length(btrim(headline)) > 0),
    summary            text        NOT NULL,
    claimant_entity_id bigint      REFERENCES entity (id),
    correction_note    text,
    author_id          bigint      NOT NULL REFERENCES app_user (id),
    published_by       bigint      REFERENCES app_user (id),
    published_at       timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (verdict_id, revision),
    CHECK (revision = 1 OR published_at IS NULL OR length(btrim(coalesce(correction_note, ''))) > 0)
);

CREATE TABLE verdict_evidence (
    revision_id  bigint NOT NULL REFERENCES verdict_revision (id),
    position     int    NOT NULL CHECK (position >= 0),
    claim_id     bigint REFERENCES claim (id),
    document_id  bigint NOT NULL REFERENCES document (id),
    start_offset int    NOT NULL CHECK (start_offset >= 0),
    end_offset   int    NOT NULL,
    text         text   NOT NULL,
    PRIMARY KEY (revision_id, position),
    CHECK (end_offset > start_offset)
);

CREATE TABLE audit_entry (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text        NOT NULL,
    action    text        NOT NULL,
    item_type text        NOT NULL,
    item_id   text,
    detail    text
);
CREATE INDEX audit_entry_item_idx ON audit_entry (item_type, item_id);
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC);

-- The audit log is append-only for everyone but a superuser who disables triggers on purpose.
CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();
