-- How each stored article describes the people it names, right beside the name: an age ("Pichlmayr, 49,") or an
-- office ("Deputy Mayor Martina Hollerer"), kept so that an article read later can be checked against them: one
-- person given two ages, or two offices, by articles of one story is a conflict (core's AgeConflicts and
-- RoleConflicts). value: the age in years, or the office as written, lower case ("deputy mayor").
CREATE TABLE person_description (
    id           bigserial PRIMARY KEY,
    document_id  bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    entity_id    bigint  NOT NULL REFERENCES entity (id),
    person_name  text    NOT NULL,
    kind         text    NOT NULL CHECK (kind IN ('age', 'office')),
    value        text    NOT NULL,
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL,
    text         text    NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX person_description_document_idx ON person_description (document_id);
-- an arrival reads the newest descriptions of the people it names first, and only so many (StoredDescriptions)
CREATE INDEX person_description_entity_idx ON person_description (entity_id, kind, id DESC);
