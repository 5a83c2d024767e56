package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.db.publication.ClaimCards.ClaimCard;

/** One proposition for the public: its card and every mention, or, for an id no longer live, what became of it. */
@ApplicationScoped
public class ClaimRecords {

    /** A claim mention with its document, outlet and speaker (of the attribution whose content holds it, if any). */
    public record MentionRecord(long claimId, long documentId, int start, int end, String text, String outlet, String url, String title,
                                LocalDate published, Instant retrieved, Long speakerId, String speaker) {
    }

    public record ClaimRecord(ClaimCard card, List<MentionRecord> mentions) {
    }

    /** A proposition retired by reconciliation, and the live propositions its mentions went to. */
    public record Retired(long id, String text, Instant retiredAt, List<Long> successors) {
    }

    private final AgroalDataSource database;

    ClaimRecords(AgroalDataSource database) {
        this.database = database;
    }

    public Optional<ClaimRecord> find(long id) {
        return Sql.read(database, sql -> {
            List<ClaimCard> card = ClaimCards.of(sql, List.of(id));
            return card.isEmpty() ? Optional.empty() : Optional.of(new ClaimRecord(card.get(0), mentions(sql, id)));
        });
    }

    public Optional<Retired> retired(long id) {
        return Sql.read(database, sql -> {
            Optional<Retired> retired = sql.one("SELECT id, text, retired_at FROM proposition_retired WHERE id = ?",
                    row -> new Retired(row.getLong(1), row.getString(2), Sql.instant(row, 3), List.of()), id);
            if (retired.isEmpty()) {
                return retired;
            }
            List<Long> successors = sql.list("WITH RECURSIVE reach(id) AS (SELECT to_id FROM proposition_move WHERE from_id = ? UNION "
                    + "SELECT m.to_id FROM proposition_move m JOIN reach r ON m.from_id = r.id) "
                    + "SELECT r.id FROM reach r JOIN proposition p ON p.id = r.id ORDER BY r.id", row -> row.getLong(1), id);
            Retired found = retired.get();
            return Optional.of(new Retired(found.id(), found.text(), found.retiredAt(), successors));
        });
    }

    static List<MentionRecord> mentions(Sql sql, long proposition) throws SQLException {
        return sql.list("SELECT c.id, c.document_id, c.start_offset, c.end_offset, c.text, o.name, d.url, d.title, d.published_first, "
                + "d.retrieved_at, a.speaker_entity_id, s.name FROM claim c JOIN document d ON d.id = c.document_id "
                + "LEFT JOIN outlet o ON o.id = d.outlet_id LEFT JOIN LATERAL (SELECT a.speaker_entity_id FROM attribution a "
                + "WHERE a.id = c.attribution_id OR (a.document_id = c.document_id AND a.content_start_offset <= c.start_offset "
                + "AND c.end_offset <= a.content_end_offset) ORDER BY a.content_end_offset - a.content_start_offset LIMIT 1) a ON true "
                + "LEFT JOIN entity s ON s.id = a.speaker_entity_id WHERE c.proposition_id = ? "
                + "ORDER BY coalesce(d.published_first, d.retrieved_at::date), c.document_id, c.start_offset",
                row -> new MentionRecord(row.getLong(1), row.getLong(2), row.getInt(3), row.getInt(4), row.getString(5), row.getString(6),
                        row.getString(7), row.getString(8), Sql.date(row, 9), Sql.instant(row, 10), Sql.longOrNull(row, 11),
                        row.getString(12)), proposition);
    }
}
