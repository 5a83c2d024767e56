-- How propositions relate is what the filed index already knows: two mentions in different propositions that
-- reconciliation linked. The V1 table was never written (it would have gone stale with every regrouping); as a view
-- it always says what the links say, both ways round:
--   contradicts  their dates or figures for one happening disagree;
--   supports     one backs a side the other takes, or both demand the same of the same parties;
--   same         they state the same thing but were kept apart, because a third mention that agrees with both
--                contradicts one of them.
-- ("refines", one more specific than the other, is agreement: such mentions are one proposition, not two.)
DROP TABLE proposition_relation;
CREATE VIEW proposition_relation AS
SELECT DISTINCT x.proposition_id AS from_id, y.proposition_id AS to_id,
       CASE l.verdict WHEN 'SAME' THEN 'same' WHEN 'SUPPORTS' THEN 'supports' ELSE 'contradicts' END AS kind
FROM (SELECT a AS one, b AS other, verdict FROM mention_link UNION ALL SELECT b, a, verdict FROM mention_link) l
JOIN claim x ON x.mention = l.one
JOIN claim y ON y.mention = l.other
WHERE x.proposition_id <> y.proposition_id;
