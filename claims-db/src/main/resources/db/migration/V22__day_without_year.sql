-- "Freed on 14 March" in an article that states no date of its own: the day and month without a year (ISO 8601
-- "--03-14"). It cannot be a date, yet it still contradicts a 12 March whatever year the article means.
ALTER TABLE claim ADD COLUMN day_without_year text
    CHECK (day_without_year IS NULL OR day_without_year ~ '^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' AND date_first IS NULL);
