package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Conflicts between stored accounts, newest first, with both sides and where each side was published. */
@ApplicationScoped
public class ConflictLookup {

    /** Filters (null: any) and paging; {@code claim} is a proposition id, {@code before} the last id of the previous page. */
    public record ConflictQuery(Long id, String kind, String severity, String status, Long claim, int limit, Long before) {
    }

    public record SideRecord(String label, long documentId, Long claimId, Long propositionId, int start, int end, String text, String outlet,
                             String url) {
    }

    public record ConflictRecord(long id, String kind, String severity, String status, String statusReason, String explanation,
                                 Instant created, Instant updated, List<SideRecord> sides) {
    }

    public record Page(List<ConflictRecord> items, Long next) {
    }

    private final AgroalDataSource database;

    ConflictLookup(AgroalDataSource database) {
        this.database = database;
    }

    public Page find(ConflictQuery query) {
        return Sql.read(database, sql -> {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            condition(conditions, parameters, "f.id = ?", query.id());
            condition(conditions, parameters, "f.kind = ?", query.kind());
            condition(conditions, parameters, "f.severity = ?", query.severity());
            condition(conditions, parameters, "f.status = ?", query.status());
            condition(conditions, parameters, "f.id < ?", query.before());
            if (query.claim() != null) {
                conditions.add("EXISTS (SELECT 1 FROM conflict_side s JOIN claim c ON c.proposition_id = ? AND (s.claim_id = c.id OR "
                        + "(s.claim_id IS NULL AND s.document_id = c.document_id AND s.start_offset < c.end_offset AND c.start_offset < s.end_offset)) "
                        + "WHERE s.conflict_id = f.id)");
                parameters.add(query.claim());
            }
            parameters.add(query.limit() + 1);
            List<ConflictRecord> found = sql.list("SELECT f.id, f.kind, f.severity, f.status, f.status_reason, f.explanation, f.created_at, "
                    + "f.updated_at FROM conflict f WHERE " + (conditions.isEmpty() ? "true" : String.join(" AND ", conditions))
                    + " ORDER BY f.id DESC LIMIT ?", row -> new ConflictRecord(row.getLong(1), row.getString(2), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6), Sql.instant(row, 7), Sql.instant(row, 8), new ArrayList<>()),
                    parameters.toArray());
            boolean more = found.size() > query.limit();
            List<ConflictRecord> shown = more ? found.subList(0, query.limit()) : found;
            Map<Long, List<SideRecord>> sides = new HashMap<>();
            shown.forEach(c -> sides.put(c.id(), c.sides()));
            sql.list("SELECT s.conflict_id, s.label, s.document_id, s.claim_id, coalesce(c.proposition_id, (SELECT x.proposition_id FROM claim x "
                    + "WHERE x.document_id = s.document_id AND x.start_offset < s.end_offset AND s.start_offset < x.end_offset "
                    + "AND x.proposition_id IS NOT NULL ORDER BY x.id LIMIT 1)), s.start_offset, s.end_offset, s.text, o.name, d.url "
                    + "FROM conflict_side s JOIN document d ON d.id = s.document_id LEFT JOIN outlet o ON o.id = d.outlet_id "
                    + "LEFT JOIN claim c ON c.id = s.claim_id WHERE s.conflict_id = ANY (?) ORDER BY s.id",
                    row -> sides.get(row.getLong(1)).add(new SideRecord(row.getString(2), row.getLong(3), Sql.longOrNull(row, 4),
                            Sql.longOrNull(row, 5), row.getInt(6), row.getInt(7), row.getString(8), row.getString(9), row.getString(10))),
                    new ArrayList<>(sides.keySet()));
            return new Page(List.copyOf(shown), more ? shown.get(shown.size() - 1).id() : null);
        });
    }

    private static void condition(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }
}
