-- What each stored article credits to whom (a statement, or an act of an institution), kept so that an article
-- read later can be checked against it: the same act credited to two bodies of one kind in different countries
-- ("Egypt's parliament" here, Libya's House of Representatives elsewhere) is an attribution conflict across
-- articles. words: the content's distinctive word stems (core's Wording), for finding such credits by index.
CREATE TABLE credit (
    id                bigserial PRIMARY KEY,
    document_id       bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    speaker_entity_id bigint  NOT NULL REFERENCES entity (id),
    speaker_name      text    NOT NULL,
    country           text,
    institution       text,
    speech            boolean NOT NULL,
    direct            boolean NOT NULL,
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL,
    credit_text       text    NOT NULL,
    content           text    NOT NULL,
    claim_id          bigint  REFERENCES claim (id) ON DELETE SET NULL,
    words             text[]  NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX credit_document_idx ON credit (document_id);
-- an arrival reads the newest credits of its bodies' kind first, and only so many (StoredCredits)
CREATE INDEX credit_institution_idx ON credit (institution, id DESC) WHERE institution IS NOT NULL;
CREATE INDEX credit_words_idx ON credit USING gin (words);
