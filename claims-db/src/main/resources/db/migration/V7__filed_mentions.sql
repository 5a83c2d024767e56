-- Reconciliation keeps its index in the store, not in the server's memory: each claim mention is filed under its
-- blocking keys, the links found between mentions are kept, and each mention knows its component (mentions joined
-- by "same" or "supports", named by the smallest mention id). An arrival reads back only what it can touch.
-- A mention is named as core's Statement names it: document id, '#', start, '-', end.

ALTER TABLE claim ADD COLUMN mention text
    GENERATED ALWAYS AS (document_id::text || '#' || start_offset::text || '-' || end_offset::text) STORED;
ALTER TABLE claim ADD COLUMN component text;
CREATE INDEX claim_mention_idx ON claim (mention);
CREATE INDEX claim_component_idx ON claim (component) WHERE component IS NOT NULL;

CREATE TABLE mention_block (
    block   text NOT NULL,
    mention text NOT NULL,
    PRIMARY KEY (block, mention)
);
CREATE INDEX mention_block_mention_idx ON mention_block (mention);

CREATE TABLE mention_link (
    a       text NOT NULL,
    b       text NOT NULL,
    verdict text NOT NULL CHECK (verdict IN ('SAME', 'SUPPORTS', 'DATE_CONTRADICTS', 'NUMBER_CONTRADICTS')),
    PRIMARY KEY (a, b)
);
CREATE INDEX mention_link_b_idx ON mention_link (b);

-- Which rules filed the index. Missing or different: the index is rebuilt from the stored claims on first use.
CREATE TABLE reconciliation_state (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    rules     text        NOT NULL,
    filed_at  timestamptz NOT NULL DEFAULT now()
);
