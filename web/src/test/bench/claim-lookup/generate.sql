-- A million stored claim mentions for the claim lookup benchmark (docs/benchmarks.md, "Claim lookup").
-- Deterministic (hashes of row numbers, no random()), so every run stores the same rows. Invented names only.
-- 1,000,000 claims in 20,000 documents from 60 outlets, grouped into 400,000 propositions (2.5 mentions each, the
-- wording varying by attribution), 5,000 actors with their aliases, 20,000 number conflicts, 2,000 published
-- verdicts. Each document's text is its claims joined, so every span's offsets hold.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '1GB';
SET synchronous_commit = off;

CREATE TEMP TABLE syllable(i int, s text);
INSERT INTO syllable SELECT row_number() OVER () - 1, s FROM unnest(string_to_array(
  'ka,lo,ver,na,mir,tas,el,dun,bra,sko,vel,ran,tor,mel,ish,gar,po,len,dor,vik,sal,ben,tur,hol,mar,zen,kor,fal,ris,ot', ',')) s;
CREATE FUNCTION pg_temp.word(n bigint, parts int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT initcap(string_agg((SELECT s FROM syllable WHERE i = ((n / (30 ^ k)::bigint) % 30)), '' ORDER BY k))
  FROM generate_series(0, parts - 1) k $$;

CREATE TEMP TABLE verb(i int, v text);
INSERT INTO verb SELECT row_number() OVER () - 1, v FROM unnest(string_to_array(
  'announced,denied,confirmed,approved,rejected,authorised,ordered,criticised,welcomed,postponed,cancelled,proposed,signed,'
  || 'suspended,launched,blocked,funded,investigated,condemned,endorsed,demanded,promised,opened,closed,expanded,reduced,'
  || 'extended,ended,restored,halted,resumed,questioned,defended,ratified,vetoed,backed,opposed,reviewed,delayed,accelerated', ',')) v;
CREATE TEMP TABLE thing(i int, t text);
INSERT INTO thing SELECT row_number() OVER () - 1, a || ' ' || b FROM
  unnest(string_to_array('a new,the emergency,the regional,a temporary,the national,an independent,the disputed,a joint,the annual,a second', ',')) a,
  unnest(string_to_array('ceasefire,budget,inquiry,border crossing,aid convoy,trade deal,vaccination campaign,election,curfew,pipeline,'
    || 'bridge repair,water supply plan,port expansion,tax reform,rail link,police reform,school programme,power plant,fishing quota,'
    || 'housing scheme,flood barrier,mining licence,health service,court ruling,peace talks,military operation,refugee camp,customs union,'
    || 'grain export,fuel subsidy', ',')) b;
CREATE TEMP TABLE unit(i int, u text);
INSERT INTO unit SELECT row_number() OVER () - 1, u FROM unnest(string_to_array('people,soldiers,homes,vessels,families,workers,villages,tonnes', ',')) u;

INSERT INTO outlet (name, name_key, home_url)
SELECT 'The ' || pg_temp.word(i * 7 + 3, 2) || ' ' || (ARRAY['Courier','Herald','Tribune','Post','Daily','Observer'])[1 + i % 6],
       lower('The ' || pg_temp.word(i * 7 + 3, 2) || ' ' || (ARRAY['Courier','Herald','Tribune','Post','Daily','Observer'])[1 + i % 6]),
       'https://bench.example/outlet/' || i
FROM generate_series(0, 59) i;
CREATE TEMP TABLE bench_outlet AS SELECT id, substr(home_url, 30)::int AS i FROM outlet WHERE home_url LIKE 'https://bench.example/outlet/%';

-- actors: people with a title, bodies and places
CREATE TEMP TABLE actor AS
SELECT i, CASE i % 3 WHEN 0 THEN 'person' WHEN 1 THEN 'organization' ELSE 'place' END AS kind,
       CASE i % 3 WHEN 0 THEN pg_temp.word(i * 13 + 1, 2) || ' ' || pg_temp.word(i * 31 + 7, 3)
                  WHEN 1 THEN 'the ' || pg_temp.word(i * 17 + 5, 2) || ' ' || (ARRAY['Ministry','Council','Agency','Assembly','Union'])[1 + i % 5]
                  ELSE pg_temp.word(i * 19 + 11, 3) END AS name
FROM generate_series(0, 4999) i;
INSERT INTO entity (kind, name, key)
SELECT kind, name, 'bench|' || kind || '|' || lower(name) || '|' || i FROM actor;
CREATE TEMP TABLE bench_entity AS SELECT e.id, a.i, a.kind, a.name FROM entity e JOIN actor a ON e.key = 'bench|' || a.kind || '|' || lower(a.name) || '|' || a.i;
INSERT INTO entity_alias (entity_id, alias, alias_key)
SELECT id, name, lower(name) FROM bench_entity
UNION ALL SELECT id, split_part(name, ' ', 2), lower(split_part(name, ' ', 2)) FROM bench_entity WHERE kind = 'person'
ON CONFLICT DO NOTHING;

-- propositions: who did what, where, when, and sometimes how many
CREATE TEMP TABLE prop AS
SELECT p, e.id AS actor, e.name AS actor_name,
       (SELECT v FROM verb WHERE i = (hashint4(p) & 2147483647) % 40) AS verb,
       (SELECT t FROM thing WHERE i = (hashint4(p + 7) & 2147483647) % 300) AS thing,
       pg_temp.word((hashint4(p + 13) & 2147483647) % 27000, 3) AS place,
       (ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'])[1 + (hashint4(p + 17) & 2147483647) % 7] AS day,
       CASE WHEN p % 4 = 0 THEN ', affecting ' || (2 + (hashint4(p + 19) & 2147483647) % 4000) || ' '
            || (SELECT u FROM unit WHERE i = (hashint4(p + 23) & 2147483647) % 8) ELSE '' END AS figure
FROM generate_series(1, 400000) p JOIN bench_entity e ON e.i = (hashint4(p + 3) & 2147483647) % 5000;
ALTER TABLE prop ADD COLUMN text text;
UPDATE prop SET text = CASE WHEN left(actor_name, 4) = 'the ' THEN 'The ' || substr(actor_name, 5) ELSE actor_name END
    || ' ' || verb || ' ' || thing || ' in ' || place || ' on ' || day || figure;

-- mentions: 2 or 3 per proposition, worded with different attributions, spread over 20,000 documents
CREATE TEMP TABLE mention AS
SELECT row_number() OVER (ORDER BY p, k) AS n, p, k, text || (ARRAY['', ', officials said', ', according to witnesses', ', a spokesperson confirmed'])[1 + (p + k) % 4] AS text
FROM prop, generate_series(1, 3) k WHERE k <= 2 OR p % 2 = 0;
ALTER TABLE mention ADD COLUMN doc int;
UPDATE mention SET doc = (hashint8(n) & 2147483647) % 20000;
CREATE TEMP TABLE span AS
SELECT n, p, doc, text, sum(length(text) + 2) OVER (PARTITION BY doc ORDER BY n) - length(text) - 2 AS start_offset FROM mention;

INSERT INTO document (sha256, content, media_type, url, outlet_id, published_first, published_last, published_precision,
                      extraction_version, extracted_at, title)
SELECT encode(sha256(convert_to(c.content, 'UTF8')), 'hex'), c.content, 'text/plain', 'https://bench.example/' || c.doc,
       (SELECT id FROM bench_outlet WHERE i = c.doc % 60), date '2024-01-01' + c.doc % 700, date '2024-01-01' + c.doc % 700, 'DAY',
       'bench', now(), 'Bench article ' || c.doc
FROM (SELECT doc, string_agg(text, '. ' ORDER BY n) || '.' AS content FROM span GROUP BY doc) c;
CREATE TEMP TABLE bench_document AS SELECT id, substr(url, 23)::int AS doc, outlet_id FROM document WHERE url LIKE 'https://bench.example/%';

CREATE TEMP TABLE carried AS
SELECT s.p, count(DISTINCT d.outlet_id) AS independent, array_agg(DISTINCT o.name) AS outlets, min(d.id) AS first_document
FROM span s JOIN bench_document d ON d.doc = s.doc JOIN outlet o ON o.id = d.outlet_id GROUP BY s.p;
INSERT INTO proposition (key, text, kind, actor_entity_id, action, independent_count, derivative_count, first_document_id,
                         outlets, reconciliation_version)
SELECT 'bench#' || p.p, p.text, CASE WHEN p.figure = '' THEN 'EVENT' ELSE 'QUANTITY' END, p.actor, p.verb, c.independent, 0,
       c.first_document, c.outlets, 'bench'
FROM prop p JOIN carried c ON c.p = p.p;
CREATE TEMP TABLE bench_prop AS SELECT id, substr(key, 7)::int AS p FROM proposition WHERE key LIKE 'bench#%';

DROP INDEX claim_search_idx;
DROP INDEX claim_proposition_idx;
DROP INDEX claim_document_idx;
DROP INDEX claim_actor_action_idx;
INSERT INTO claim (document_id, proposition_id, kind, start_offset, end_offset, text, actor_entity_id, action, key, actor_ids)
SELECT d.id, bp.id, 'EVENT', s.start_offset, s.start_offset + length(s.text), s.text, p.actor, p.verb, 'bench|' || s.p, ARRAY[p.actor]
FROM span s JOIN bench_document d ON d.doc = s.doc JOIN bench_prop bp ON bp.p = s.p JOIN prop p ON p.p = s.p;
CREATE INDEX claim_document_idx ON claim (document_id);
CREATE INDEX claim_proposition_idx ON claim (proposition_id);
CREATE INDEX claim_actor_action_idx ON claim (actor_entity_id, action);
CREATE INDEX claim_search_idx ON claim USING gin (search);

-- 20,000 number conflicts between the mentions of a counted proposition, and 2,000 published verdicts
INSERT INTO conflict (kind, severity, explanation, key)
SELECT 'number', 'high', 'Bench figures differ for proposition ' || bp.id, 'bench|' || bp.id
FROM bench_prop bp JOIN prop p ON p.p = bp.p WHERE p.figure <> '' AND p.p % 10 = 0;
INSERT INTO conflict_side (conflict_id, label, document_id, claim_id, start_offset, end_offset, text)
SELECT f.id, 'side', c.document_id, c.id, c.start_offset, c.end_offset, c.text
FROM conflict f JOIN claim c ON c.proposition_id = substr(f.key, 7)::bigint WHERE f.key LIKE 'bench|%';
INSERT INTO verdict (proposition_id, slug, status, created_by, updated_by, first_published_at)
SELECT bp.id, 'bench-' || bp.id, 'published', u.id, u.id, now() FROM bench_prop bp, (SELECT min(id) AS id FROM app_user) u WHERE bp.p % 200 = 0;
INSERT INTO verdict_revision (verdict_id, revision, rating_code, headline, summary, author_id, published_by, published_at)
SELECT v.id, 1, (ARRAY['true','mostly-true','misleading','false','misattributed','unverifiable'])[1 + v.id % 6], 'Bench check ' || v.id,
       'Bench summary', v.created_by, v.created_by, now() FROM verdict v WHERE v.slug LIKE 'bench-%';

-- the lookups the load tools send: a stored wording cut short (every word matches), one word changed (only some
-- words match), and a person's surname alone
CREATE TABLE bench_query (id int PRIMARY KEY, q text NOT NULL);
INSERT INTO bench_query
SELECT i, CASE i % 5
    WHEN 0 THEN split_part(p.actor_name, ' ', 2) || ' ' || p.verb
    WHEN 1 THEN p.actor_name || ' ' || p.verb || ' ' || p.thing || ' ' || p.place
    WHEN 2 THEN p.verb || ' ' || p.thing || ' in ' || p.place
    WHEN 3 THEN replace(p.text, p.verb, (SELECT v FROM verb WHERE i = (hashint4(i + 99) & 2147483647) % 40))
    ELSE p.thing || ' ' || p.place || ' ' || p.day END
FROM generate_series(1, 2000) i JOIN prop p ON p.p = 1 + (hashint4(i + 5) & 2147483647) % 400000;

ANALYZE;
SELECT (SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM proposition) AS propositions,
       (SELECT count(*) FROM document) AS documents, (SELECT count(*) FROM entity) AS entities,
       (SELECT count(*) FROM conflict) AS conflicts, (SELECT count(*) FROM verdict WHERE status = 'published') AS verdicts;
