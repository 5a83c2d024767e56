-- An arriving article's offices are checked against stored offices of people with the same given name ("Petros
-- Anagnostou" and "Petros Anagnostakis", both the company's lawyer): found by the start of the name.
CREATE INDEX person_description_name_idx ON person_description (kind, lower(person_name) text_pattern_ops);
