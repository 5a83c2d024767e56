-- Reconciliation in the store: each claim mention keeps what reconciliation compares (the statement), so the
-- propositions can be rebuilt after a restart and a new document is matched against stored mentions only.

ALTER TABLE claim
    ADD COLUMN predicate        text,
    ADD COLUMN agentive         boolean  NOT NULL DEFAULT false,
    ADD COLUMN demanded         boolean  NOT NULL DEFAULT false,
    ADD COLUMN actor_ids        bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN participant_ids  bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN place_ids        bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN setting_ids      bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN statement_key    text     NOT NULL DEFAULT '';

-- A proposition is named by its group (the smallest mention id in it), so reconciliation can upsert by name.
DROP INDEX proposition_key_idx;
CREATE UNIQUE INDEX proposition_key_key ON proposition (key);
ALTER TABLE proposition ADD COLUMN outlets text[] NOT NULL DEFAULT '{}';

CREATE INDEX conflict_side_document_idx ON conflict_side (document_id);
