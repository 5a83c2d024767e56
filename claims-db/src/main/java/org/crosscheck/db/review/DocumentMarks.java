package org.crosscheck.db.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** What a document page marks in the stored text: each claim mention (with its proposition) and each attribution. */
@ApplicationScoped
public class DocumentMarks {

    public record ClaimMark(long id, int start, int end, Long propositionId, String kind) {
    }

    public record AttributionMark(long id, int start, int end, Long speakerId, String speaker, String cue, String stance, boolean direct,
                                  String content) {
    }

    private final Sql sql;

    DocumentMarks(EntityManager entityManager) {
        this.sql = new Sql(entityManager);
    }

    public List<ClaimMark> claims(long documentId) {
        return sql.list("SELECT id, start_offset, end_offset, proposition_id, kind FROM claim WHERE document_id = ? ORDER BY start_offset, id",
                r -> new ClaimMark(r.getLong(1), r.getInt(2), r.getInt(3), Sql.longOrNull(r, 4), r.getString(5)), documentId);
    }

    public List<AttributionMark> attributions(long documentId) {
        return sql.list("SELECT a.id, a.content_start_offset, a.content_end_offset, a.speaker_entity_id, e.name, a.cue, a.stance, a.direct, "
                + "a.content FROM attribution a LEFT JOIN entity e ON e.id = a.speaker_entity_id WHERE a.document_id = ? "
                + "ORDER BY a.content_start_offset, a.id", r -> new AttributionMark(r.getLong(1), r.getInt(2), r.getInt(3), Sql.longOrNull(r, 4),
                r.getString(5), r.getString(6), r.getString(7), r.getBoolean(8), r.getString(9)), documentId);
    }
}
