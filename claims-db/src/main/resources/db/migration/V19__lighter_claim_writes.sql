-- Two indexes on claim that no statement reads: the lookup finds candidate mentions through claim.search and compares
-- their trigrams in Java (Ranking), and nothing looks a claim up by its wording key. Each write of a claim row (stored,
-- then placed in its proposition and component) added an entry to every index, about a hundred to the trigram one.
DROP INDEX IF EXISTS claim_text_trgm_idx;
DROP INDEX IF EXISTS claim_key_idx;

-- A proposition retired when groups merge hands its conflicts on (UPDATE conflict ... WHERE proposition_id = ?), and
-- deleting it checks that no conflict still points at it: without an index each was a scan of every conflict,
-- about 5 ms apiece at a million claims.
CREATE INDEX IF NOT EXISTS conflict_proposition_idx ON conflict (proposition_id);
