-- A later account that gives a larger total as risen to it ("the toll has risen to 12" after "seven were
-- killed") is kept apart from the earlier count by an UPDATES link: it splits groups by figure as a number
-- contradiction does, but it is no conflict. An editor sees it as one proposition refining the other.
ALTER TABLE mention_link DROP CONSTRAINT mention_link_verdict_check;
ALTER TABLE mention_link ADD CONSTRAINT mention_link_verdict_check
    CHECK (verdict IN ('SAME', 'SUPPORTS', 'DATE_CONTRADICTS', 'NUMBER_CONTRADICTS', 'DISTINCT', 'UPDATES'));

CREATE OR REPLACE VIEW proposition_relation AS
SELECT DISTINCT x.proposition_id AS from_id, y.proposition_id AS to_id,
       CASE l.verdict WHEN 'SAME' THEN 'same' WHEN 'SUPPORTS' THEN 'supports' WHEN 'UPDATES' THEN 'refines'
                      ELSE 'contradicts' END AS kind
FROM (SELECT a AS one, b AS other, verdict FROM mention_link UNION ALL SELECT b, a, verdict FROM mention_link) l
JOIN claim x ON x.mention = l.one
JOIN claim y ON y.mention = l.other
WHERE x.proposition_id <> y.proposition_id AND l.verdict <> 'DISTINCT';
