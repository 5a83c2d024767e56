-- How each stored article says a thing stood on a day ("the recount was completed on Friday evening", "on Friday
-- the recount was still under way"), kept so that an article read later can be checked against them: one thing told
-- as over and as still going on for the same day by articles of one story is a conflict (core's StatusConflicts).
-- thing: the noun the standing is said of ("recount"); setting_ids: stored entity ids of where the article is set.
CREATE TABLE standing (
    id           bigserial PRIMARY KEY,
    document_id  bigint   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    thing        text     NOT NULL,
    standing     text     NOT NULL CHECK (standing IN ('DONE', 'GOING_ON')),
    day          date     NOT NULL,
    setting_ids  bigint[] NOT NULL,
    start_offset integer  NOT NULL CHECK (start_offset >= 0),
    end_offset   integer  NOT NULL,
    text         text     NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX standing_document_idx ON standing (document_id);
-- an arrival reads the newest standings of its things on its days first, and only so many (StoredStandings)
CREATE INDEX standing_thing_day_idx ON standing (thing, day, id DESC);
