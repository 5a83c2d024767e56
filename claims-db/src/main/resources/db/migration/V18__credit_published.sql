-- A credit carries its article's publication day (a document's day is set when it is stored and never changes), so
-- an arriving article reads only the credits core would compare with its own: those of articles published within a
-- story's window of it, or undated (StoredCredits). Before, each probe read every credit of a kind of body in the
-- archive and ranked the newest; its cost grew with the archive.
ALTER TABLE credit ADD COLUMN published date;
UPDATE credit c SET published = d.published_first FROM document d WHERE d.id = c.document_id;
CREATE INDEX credit_institution_published_idx ON credit (institution, published) WHERE institution IS NOT NULL;
CREATE INDEX credit_country_published_idx ON credit (country, published) WHERE NOT speech AND country IS NOT NULL;
CREATE INDEX credit_quote_published_idx ON credit (published) WHERE speech AND direct;
