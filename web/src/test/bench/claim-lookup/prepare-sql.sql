-- For the SQL side of the benchmark: per stored query, the parameters the API binds to its statements, computed here
-- as ClaimSearch and TextCandidates compute them (same statistics, same rules): the alias runs, the actors they name,
-- the strict and any-word queries, whether the strict ranking runs first and whether the API then falls back to
-- the broad one, the broad scans, and the ids of the page the cards statement reads.
\set ON_ERROR_STOP on
CREATE TEMP TABLE share AS SELECT e.lexeme, e.share FROM pg_stats s, unnest(s.most_common_elems::text::text[],
    s.most_common_elem_freqs[1:cardinality(s.most_common_elems::text::text[])]) AS e(lexeme, share)
    WHERE s.schemaname = current_schema() AND s.tablename = 'claim' AND s.attname = 'search';
CREATE TEMP TABLE store AS SELECT (SELECT min(share) / 2 FROM share) AS unlisted, (SELECT reltuples FROM pg_class WHERE oid = 'claim'::regclass) AS mentions;

ALTER TABLE bench_query ADD COLUMN IF NOT EXISTS runs text[], ADD COLUMN IF NOT EXISTS named bigint[], ADD COLUMN IF NOT EXISTS strict text,
    ADD COLUMN IF NOT EXISTS words text, ADD COLUMN IF NOT EXISTS strict_first boolean, ADD COLUMN IF NOT EXISTS broad boolean,
    ADD COLUMN IF NOT EXISTS scans text[], ADD COLUMN IF NOT EXISTS page bigint[];
-- ClaimSearch.aliasCandidates: runs of up to five words (the queries hold no punctuation to strip)
UPDATE bench_query b SET runs = ARRAY(
    WITH w AS (SELECT word, o FROM regexp_split_to_table(lower(b.q), '\s+') WITH ORDINALITY AS t(word, o) WHERE word <> '')
    SELECT string_agg(w2.word, ' ' ORDER BY w2.o) FROM w w1 CROSS JOIN generate_series(0, 4) len JOIN w w2 ON w2.o BETWEEN w1.o AND w1.o + len
    GROUP BY w1.o, len HAVING count(*) = len + 1 AND length(string_agg(w2.word, ' ' ORDER BY w2.o)) > 2);
UPDATE bench_query b SET named = ARRAY(SELECT DISTINCT coalesce(e.merged_into_id, e.id) FROM entity_alias a JOIN entity e ON e.id = a.entity_id
    WHERE a.alias_key = ANY (b.runs)),
  strict = websearch_to_tsquery('english', b.q)::text,
  words = (SELECT string_agg('''' || l || '''', ' | ' ORDER BY o) FROM unnest(tsvector_to_array(to_tsvector('english', b.q))) WITH ORDINALITY AS t(l, o));
-- ClaimSearch.strictMayFill
UPDATE bench_query b SET strict_first = b.q LIKE '%"%' OR b.q LIKE '%-%' OR b.strict LIKE '%|%'
    OR cardinality(tsvector_to_array(to_tsvector('english', b.q))) < 2
    OR (SELECT s.mentions * exp(sum(ln(coalesce(sh.share, s.unlisted)))) FROM store s, unnest(tsvector_to_array(to_tsvector('english', b.q))) l
        LEFT JOIN share sh ON sh.lexeme = l GROUP BY s.mentions) >= 20;
-- TextCandidates.broad: the eight rarest words in pairs (from three words), and alone when fewer than three or when
-- all their mentions fit among the 80 candidates, by rarity; a scan is kept while the index reading (a pair: its
-- rarer word's share plus a fifth of the other's) stays within the budget, and the rarest scan when none fits
CREATE FUNCTION pg_temp.within_budget(queries text[], costs float8[]) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE chosen text[] := '{}'; spent float8 := 0;
BEGIN
  FOR k IN 1 .. coalesce(cardinality(queries), 0) LOOP
    IF spent + costs[k] <= 0.02 THEN chosen := chosen || queries[k]; spent := spent + costs[k]; END IF;
  END LOOP;
  IF cardinality(chosen) = 0 AND cardinality(queries) > 0 THEN chosen := ARRAY[queries[1]]; END IF;
  RETURN chosen;
END $$;
UPDATE bench_query b SET scans = (
    WITH w AS (SELECT l, coalesce(sh.share, (SELECT unlisted FROM store)) AS s, row_number() OVER (ORDER BY coalesce(sh.share, (SELECT unlisted FROM store)), o) AS r
               FROM unnest(tsvector_to_array(to_tsvector('english', b.q))) WITH ORDINALITY AS t(l, o) LEFT JOIN share sh ON sh.lexeme = l
               ORDER BY 3 LIMIT 8),
    scan AS (SELECT '''' || l || '''' AS query, s AS rarity, s AS cost, r * 100 AS made FROM w
             WHERE (SELECT count(*) FROM w) < 3 OR s * (SELECT mentions FROM store) <= 80
             UNION ALL SELECT '''' || a.l || ''' & ''' || c.l || '''', a.s * c.s, a.s + c.s * 0.2, a.r * 100 + c.r FROM w a JOIN w c ON a.r < c.r
             WHERE (SELECT count(*) FROM w) >= 3)
    SELECT pg_temp.within_budget(array_agg(query ORDER BY rarity, made), array_agg(cost ORDER BY rarity, made)) FROM scan);
