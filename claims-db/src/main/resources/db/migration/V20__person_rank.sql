-- A rank given as a title ("Lieutenant Commander Eleni Vourdaki") is told of a person like an age or an office, and
-- compared across articles with other ranks only.
ALTER TABLE person_description DROP CONSTRAINT person_description_kind_check;
ALTER TABLE person_description ADD CONSTRAINT person_description_kind_check CHECK (kind IN ('age', 'office', 'rank'));
