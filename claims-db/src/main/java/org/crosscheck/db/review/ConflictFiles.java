package org.crosscheck.db.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A conflict's sides as an editor compares them: each in its sentence, with its outlet, date and proposition. */
@ApplicationScoped
public class ConflictFiles {

    public record Side(long id, String label, long documentId, String outlet, String title, LocalDate published, Passage passage,
                       Long claimId, Long propositionId, int start, int end) {
    }

    /** The proposition a verdict on this conflict is about: the conflict's own, else the first side's that has one. */
    public record Subject(long propositionId, String text) {
    }

    private final Sql sql;

    ConflictFiles(EntityManager entityManager) {
        this.sql = new Sql(entityManager);
    }

    public List<Side> sides(long conflictId) {
        return sql.list("SELECT s.id, s.label, s.document_id, o.name, d.title, d.published_first, s.start_offset, s.end_offset, s.claim_id, "
                + "coalesce(c.proposition_id, (SELECT m.proposition_id FROM claim m WHERE m.document_id = s.document_id AND m.proposition_id "
                + "IS NOT NULL AND m.start_offset < s.end_offset AND m.end_offset > s.start_offset ORDER BY m.start_offset LIMIT 1)), "
                + "d.content, " + Passage.sentenceBounds("s") + " FROM conflict_side s JOIN document d ON d.id = s.document_id "
                + "LEFT JOIN outlet o ON o.id = d.outlet_id LEFT JOIN claim c ON c.id = s.claim_id WHERE s.conflict_id = ? ORDER BY s.id",
                r -> new Side(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5), r.getObject(6, LocalDate.class),
                        Passage.read(r, 11, r.getInt(7), r.getInt(8)), Sql.longOrNull(r, 9), Sql.longOrNull(r, 10), r.getInt(7), r.getInt(8)),
                conflictId);
    }

    public Optional<Subject> subject(Conflict conflict, List<Side> sides) {
        Long id = conflict.propositionId;
        for (int i = 0; id == null && i < sides.size(); i++) {
            id = sides.get(i).propositionId();
        }
        if (id == null) {
            return Optional.empty();
        }
        return sql.one("SELECT id, text FROM proposition WHERE id = ?", r -> new Subject(r.getLong(1), r.getString(2)), id);
    }

    /** The verdict written on this conflict, if any. */
    public Optional<Long> verdictOf(long conflictId) {
        return sql.one("SELECT id FROM verdict WHERE conflict_id = ? ORDER BY id LIMIT 1", r -> r.getLong(1), conflictId);
    }
}
