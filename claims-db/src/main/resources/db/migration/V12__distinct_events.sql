-- Two happenings of one kind told in one story but dated far apart ("a blast at the same mine killed four men
-- three years ago" beside this week's blast) are kept apart by a DISTINCT link: it splits groups as a
-- contradiction does, but it is no conflict and no relation an editor is shown.
ALTER TABLE mention_link DROP CONSTRAINT mention_link_verdict_check;
ALTER TABLE mention_link ADD CONSTRAINT mention_link_verdict_check
    CHECK (verdict IN ('SAME', 'SUPPORTS', 'DATE_CONTRADICTS', 'NUMBER_CONTRADICTS', 'DISTINCT'));

CREATE OR REPLACE VIEW proposition_relation AS
SELECT DISTINCT x.proposition_id AS from_id, y.proposition_id AS to_id,
       CASE l.verdict WHEN 'SAME' THEN 'same' WHEN 'SUPPORTS' THEN 'supports' ELSE 'contradicts' END AS kind
FROM (SELECT a AS one, b AS other, verdict FROM mention_link UNION ALL SELECT b, a, verdict FROM mention_link) l
JOIN claim x ON x.mention = l.one
JOIN claim y ON y.mention = l.other
WHERE x.proposition_id <> y.proposition_id AND l.verdict <> 'DISTINCT';
