package org.crosscheck.db.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A proposition as an editor reviews it: every mention, outlet by outlet, in its sentence, with who said it and
 * how; which sources are independent; where it first appeared; the conflicts and propositions it is tied to.
 */
@ApplicationScoped
public class PropositionFiles {

    public record Summary(long id, String text, String kind, Long actorId, String actor, String action, int independent, int derivative,
                          Long firstDocumentId, String firstTitle, String firstOutlet, LocalDate firstPublished, List<String> outlets) {
    }

    /** One claim mention: where, in what words, said by whom with which cue; {@code copyOf} marks a syndicated copy. */
    public record Mention(long claimId, long documentId, String outlet, String title, LocalDate published, Long copyOf, Passage passage,
                          Long speakerId, String speaker, String cue, int start, int end) {
        public boolean isDerivative() {
            return copyOf != null;
        }
    }

    public record ConflictLine(long id, String kind, String severity, String status, String explanation) {
    }

    public record Related(long id, String text, String how) {
    }

    public record VerdictLine(long id, String status, String headline, String slug) {
    }

    private final Sql sql;

    PropositionFiles(EntityManager entityManager) {
        this.sql = new Sql(entityManager);
    }

    public Optional<Summary> summary(long id) {
        return sql.one("SELECT p.id, p.text, p.kind, p.actor_entity_id, e.name, p.action, p.independent_count, p.derivative_count, "
                + "p.first_document_id, d.title, o.name, d.published_first, p.outlets FROM proposition p "
                + "LEFT JOIN entity e ON e.id = p.actor_entity_id LEFT JOIN document d ON d.id = p.first_document_id "
                + "LEFT JOIN outlet o ON o.id = d.outlet_id WHERE p.id = ?", r -> new Summary(r.getLong(1), r.getString(2), r.getString(3),
                Sql.longOrNull(r, 4), r.getString(5), r.getString(6), r.getInt(7), r.getInt(8), Sql.longOrNull(r, 9), r.getString(10),
                r.getString(11), r.getObject(12, LocalDate.class), Arrays.asList((String[]) r.getArray(13).getArray())), id);
    }

    /** Mentions grouped by outlet (alphabetical), then in order of publication. */
    public List<Mention> mentions(long propositionId) {
        return sql.list("SELECT c.id, c.document_id, o.name, d.title, d.published_first, d.syndicated_from_id, c.start_offset, c.end_offset, "
                + "a.speaker_entity_id, e.name, a.cue, d.content, " + Passage.sentenceBounds("c") + " FROM claim c "
                + "JOIN document d ON d.id = c.document_id LEFT JOIN outlet o ON o.id = d.outlet_id "
                + "LEFT JOIN LATERAL (SELECT x.speaker_entity_id, x.cue FROM attribution x WHERE x.document_id = c.document_id "
                + "AND (x.id = c.attribution_id OR (x.content_start_offset <= c.start_offset AND x.content_end_offset >= c.end_offset)) "
                + "ORDER BY x.id = c.attribution_id DESC, x.content_end_offset - x.content_start_offset LIMIT 1) a ON true "
                + "LEFT JOIN entity e ON e.id = a.speaker_entity_id WHERE c.proposition_id = ? "
                + "ORDER BY o.name NULLS LAST, d.published_first NULLS LAST, c.document_id, c.start_offset LIMIT 500",
                r -> new Mention(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getObject(5, LocalDate.class),
                        Sql.longOrNull(r, 6), Passage.read(r, 12, r.getInt(7), r.getInt(8)), Sql.longOrNull(r, 9), r.getString(10),
                        r.getString(11), r.getInt(7), r.getInt(8)), propositionId);
    }

    /** Conflicts any of the proposition's mentions is a side of, most severe first. */
    public List<ConflictLine> conflicts(long propositionId) {
        return sql.list("SELECT DISTINCT k.id, k.kind, k.severity, k.status, k.explanation, CASE k.severity WHEN 'high' THEN 0 "
                + "WHEN 'medium' THEN 1 ELSE 2 END FROM conflict k WHERE k.proposition_id = ? OR EXISTS (SELECT 1 FROM conflict_side s "
                + "JOIN claim c ON c.id = s.claim_id WHERE s.conflict_id = k.id AND c.proposition_id = ?) ORDER BY 6, k.id",
                r -> new ConflictLine(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)), propositionId, propositionId);
    }

    /**
     * Propositions set against this one by a conflict, related by reconciliation's links, or by the same actor doing
     * the same; each once, under the first of those that applies.
     */
    public List<Related> related(long propositionId) {
        return sql.list("SELECT id, text, how FROM (SELECT DISTINCT ON (id) id, text, how, rank FROM ("
                + "(SELECT DISTINCT ON (p.id) p.id, p.text, 'in conflict' AS how, 0 AS rank FROM conflict_side s1 JOIN claim c1 ON c1.id = s1.claim_id "
                + "JOIN conflict_side s2 ON s2.conflict_id = s1.conflict_id JOIN claim c2 ON c2.id = s2.claim_id "
                + "JOIN proposition p ON p.id = c2.proposition_id WHERE c1.proposition_id = ? AND p.id <> ?) "
                + "UNION ALL SELECT p.id, p.text, CASE r.kind WHEN 'contradicts' THEN 'contradicts it: another date or figure' WHEN 'supports' "
                + "THEN 'supports it' WHEN 'refines' THEN 'a later total of the same count' ELSE 'states the same, kept apart by a contradiction' END, 1 FROM proposition_relation r "
                + "JOIN proposition p ON p.id = r.to_id WHERE r.from_id = ? "
                + "UNION ALL (SELECT p.id, p.text, 'same actor and action', 2 FROM proposition q JOIN proposition p "
                + "ON p.actor_entity_id = q.actor_entity_id AND p.action = q.action AND p.id <> q.id WHERE q.id = ? LIMIT 10)"
                + ") found ORDER BY id, rank) related ORDER BY rank, id LIMIT 30",
                r -> new Related(r.getLong(1), r.getString(2), r.getString(3)), propositionId, propositionId, propositionId, propositionId);
    }

    public List<VerdictLine> verdicts(long propositionId) {
        return sql.list("SELECT v.id, v.status, r.headline, v.slug FROM verdict v JOIN verdict_revision r ON r.verdict_id = v.id "
                + "AND r.revision = v.current_revision WHERE v.proposition_id = ? ORDER BY v.id",
                r -> new VerdictLine(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), propositionId);
    }
}
