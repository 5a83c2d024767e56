package org.crosscheck.db.publication;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public side shows of a proposition, read for many ids at once: the proposition with its counts and
 * outlets, the conflicts any of its mentions is part of, and its published verdict. Three statements for a whole
 * page of results, never one per result.
 */
public final class ClaimCards {

    public record EntityRef(long id, String name, String kind) {
    }

    public record ConflictBrief(long id, String kind, String severity, String status) {
    }

    /** A verdict as the public sees it: its newest published revision (status published or retracted). */
    public record VerdictBrief(long id, String slug, String status, String rating, String ratingLabel, String headline, Instant published) {
    }

    public record ClaimCard(long id, String text, String kind, EntityRef actor, int independent, int derivative, List<String> outlets,
                            int mentions, LocalDate firstSeen, LocalDate lastSeen, List<ConflictBrief> conflicts, VerdictBrief verdict,
                            String reconciliationVersion, Instant updated) {
    }

    /** The newest published revision of each public verdict, with its rating. */
    static final String PUBLIC_VERDICT = "SELECT v.id, v.proposition_id, v.slug, v.status, r.rating_code, rt.label, r.headline, r.published_at "
            + "FROM verdict v JOIN LATERAL (SELECT * FROM verdict_revision r WHERE r.verdict_id = v.id AND r.published_at IS NOT NULL "
            + "ORDER BY r.revision DESC LIMIT 1) r ON true JOIN rating rt ON rt.code = r.rating_code WHERE v.status IN ('published', 'retracted') ";

    private ClaimCards() {
    }

    /** The cards of {@code ids}, in the order given; ids with no proposition are left out. */
    static List<ClaimCard> of(Sql sql, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ConflictBrief>> conflicts = conflicts(sql, ids);
        Map<Long, VerdictBrief> verdicts = new HashMap<>();
        // in order of publication, so the most recently published verdict on a proposition wins
        sql.list(PUBLIC_VERDICT + "AND v.proposition_id = ANY (?) ORDER BY r.published_at", row -> verdicts.put(row.getLong(2),
                new VerdictBrief(row.getLong(1), row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                        Sql.instant(row, 8))), ids);
        Map<Long, ClaimCard> cards = new LinkedHashMap<>();
        sql.list("SELECT p.id, p.text, p.kind, p.actor_entity_id, e.name, e.kind, p.independent_count, p.derivative_count, p.outlets, "
                + "m.mentions, m.first_seen, m.last_seen, p.reconciliation_version, p.updated_at FROM proposition p "
                + "LEFT JOIN entity e ON e.id = p.actor_entity_id LEFT JOIN LATERAL (SELECT count(*) AS mentions, "
                + "min(coalesce(d.published_first, d.retrieved_at::date)) AS first_seen, max(coalesce(d.published_last, d.retrieved_at::date)) "
                + "AS last_seen FROM claim c JOIN document d ON d.id = c.document_id WHERE c.proposition_id = p.id) m ON true "
                + "WHERE p.id = ANY (?)", row -> {
                    long id = row.getLong(1);
                    Long actor = Sql.longOrNull(row, 4);
                    cards.put(id, new ClaimCard(id, row.getString(2), row.getString(3), actor == null ? null
                            : new EntityRef(actor, row.getString(5), row.getString(6)), row.getInt(7), row.getInt(8), Sql.texts(row, 9),
                            row.getInt(10), Sql.date(row, 11), Sql.date(row, 12), conflicts.getOrDefault(id, List.of()), verdicts.get(id),
                            row.getString(13), Sql.instant(row, 14)));
                    return id;
                }, ids);
        List<ClaimCard> ordered = new ArrayList<>();
        for (Long id : ids) {
            ClaimCard card = cards.get(id);
            if (card != null) {
                ordered.add(card);
            }
        }
        return ordered;
    }

    /**
     * Conflicts touching the propositions' mentions: a side names the claim, or (for in-article conflicts whose side is
     * not exactly a claim) overlaps a claim's span in the same document.
     */
    private static Map<Long, List<ConflictBrief>> conflicts(Sql sql, Collection<Long> ids) throws SQLException {
        Map<Long, List<ConflictBrief>> out = new HashMap<>();
        String columns = "SELECT c.proposition_id, f.id, f.kind, f.severity, f.status FROM claim c ";
        sql.list(columns + "JOIN conflict_side s ON s.claim_id = c.id JOIN conflict f ON f.id = s.conflict_id WHERE c.proposition_id = ANY (?) "
                + "UNION " + columns + "JOIN conflict_side s ON s.claim_id IS NULL AND s.document_id = c.document_id "
                + "AND s.start_offset < c.end_offset AND c.start_offset < s.end_offset JOIN conflict f ON f.id = s.conflict_id "
                + "WHERE c.proposition_id = ANY (?) ORDER BY 2", row -> out.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                .add(new ConflictBrief(row.getLong(2), row.getString(3), row.getString(4), row.getString(5))), ids, ids);
        return out;
    }
}
