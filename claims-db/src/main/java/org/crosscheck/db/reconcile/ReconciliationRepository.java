package org.crosscheck.db.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.Jdbc;

/**
 * Reconciliation's rows: the stored claim mentions as reconciliation compares them, the propositions they form,
 * and the conflicts found between them. Conflicts are upserted by key, so an editor's review (status, reason)
 * survives every recomputation.
 */
@ApplicationScoped
public class ReconciliationRepository {

    /**
     * A stored claim mention with what reconciliation compares (see core's Statement), its name as a mention
     * ({@code document#start-end}), the component it is filed in (null until filed) and its words.
     */
    public record StoredStatement(long claimId, long documentId, int start, int end, String kind, String predicate, boolean agentive,
                                  boolean demanded, List<Long> actors, List<Long> participants, List<Long> places, List<Long> setting,
                                  LocalDate dateFirst, LocalDate dateLast, String datePrecision, BigDecimal low, BigDecimal high,
                                  String qualifier, String unit, String key, LocalDate published, String mention, String component,
                                  String text) {
    }

    /** The columns of a {@link StoredStatement}, from {@code claim c JOIN document d}. */
    static final String STATEMENT_COLUMNS = "c.id, c.document_id, c.start_offset, c.end_offset, c.kind, c.predicate, c.agentive, "
            + "c.demanded, c.actor_ids, c.participant_ids, c.place_ids, c.setting_ids, c.date_first, c.date_last, c.date_precision, "
            + "c.number_low, c.number_high, c.number_qualifier, c.number_unit, c.statement_key, d.published_first, c.mention, "
            + "c.component, c.text";

    static StoredStatement statement(ResultSet rows) throws SQLException {
        return new StoredStatement(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getInt(4), rows.getString(5),
                rows.getString(6), rows.getBoolean(7), rows.getBoolean(8), Jdbc.longs(rows.getArray(9)), Jdbc.longs(rows.getArray(10)),
                Jdbc.longs(rows.getArray(11)), Jdbc.longs(rows.getArray(12)), rows.getObject(13, LocalDate.class),
                rows.getObject(14, LocalDate.class), rows.getString(15), rows.getBigDecimal(16), rows.getBigDecimal(17),
                rows.getString(18), rows.getString(19), rows.getString(20), rows.getObject(21, LocalDate.class), rows.getString(22),
                rows.getString(23), rows.getString(24));
    }

    /** Where a document stands for corroboration: outlet, publication date and the original it copies. */
    public record DocumentStanding(long documentId, String outlet, LocalDate published, Long syndicatedFrom) {
    }

    /** A proposition as reconciliation last computed it, named by its group. */
    public record PropositionRow(String key, String text, String kind, Long actor, String action, int independent, int derivative,
                                 Long firstDocument, List<String> outlets, List<Long> claims) {
    }

    /** A conflict and its sides; {@code key} names it across recomputations. */
    public record ConflictRow(String key, String kind, String severity, String explanation, List<SideRow> sides) {
    }

    public record SideRow(String label, long documentId, Long claimId, Long attributionId, int start, int end, String text) {
    }

    private final EntityManager entityManager;

    ReconciliationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<Long, DocumentStanding> standings(List<Long> documentIds) {
        Map<Long, DocumentStanding> out = new HashMap<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT d.id, o.name, d.published_first, d.syndicated_from_id "
                    + "FROM document d LEFT JOIN outlet o ON o.id = d.outlet_id WHERE d.id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("bigint", documentIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long syndicated = rows.getLong(4);
                        Long original = rows.wasNull() ? null : syndicated;
                        out.put(rows.getLong(1), new DocumentStanding(rows.getLong(1), rows.getString(2), rows.getObject(3, LocalDate.class),
                                original));
                    }
                }
            }
        });
        return out;
    }

    /**
     * Stores the propositions of the given groups and points their claims at them; propositions left without a
     * claim (groups that merged into others) are removed.
     */
    public void placePropositions(List<PropositionRow> propositions, String reconciliationVersion) {
        work(connection -> {
            List<Long> claims = new ArrayList<>();
            propositions.forEach(p -> claims.addAll(p.claims()));
            Map<Long, Long> formerly = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, proposition_id FROM claim WHERE id = ANY (?) AND proposition_id IS NOT NULL")) {
                select.setArray(1, connection.createArrayOf("bigint", claims.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        formerly.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
            List<Long> before = new ArrayList<>(new java.util.TreeSet<>(formerly.values()));
            // one statement for every proposition and one for every claim that moves, not two a proposition: an
            // arrival touches several groups, and each round trip to the database costs more than the row
            Map<String, PropositionRow> byKey = new LinkedHashMap<>();
            propositions.forEach(p -> byKey.put(p.key(), p));
            List<PropositionRow> rows = new ArrayList<>(byKey.values());
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO proposition (key, text, kind, actor_entity_id, action, "
                    + "independent_count, derivative_count, first_document_id, outlets, reconciliation_version, updated_at) "
                    + "SELECT r.key, r.text, r.kind, r.actor, r.action, r.independent, r.derivative, r.first, "
                    + "string_to_array(r.outlets, chr(31)), ?, now() FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], "
                    + "?::int[], ?::int[], ?::bigint[], ?::text[]) WITH ORDINALITY AS r(key, text, kind, actor, action, independent, derivative, "
                    + "first, outlets, place) ORDER BY r.place "
                    + "ON CONFLICT (key) DO UPDATE SET text = excluded.text, kind = excluded.kind, "
                    + "actor_entity_id = excluded.actor_entity_id, action = excluded.action, independent_count = excluded.independent_count, "
                    + "derivative_count = excluded.derivative_count, first_document_id = excluded.first_document_id, outlets = excluded.outlets, "
                    + "reconciliation_version = excluded.reconciliation_version, updated_at = now() RETURNING key, id")) {
                upsert.setString(1, reconciliationVersion);
                upsert.setArray(2, connection.createArrayOf("text", rows.stream().map(PropositionRow::key).toArray()));
                upsert.setArray(3, connection.createArrayOf("text", rows.stream().map(PropositionRow::text).toArray()));
                upsert.setArray(4, connection.createArrayOf("text", rows.stream().map(PropositionRow::kind).toArray()));
                upsert.setArray(5, connection.createArrayOf("bigint", rows.stream().map(PropositionRow::actor).toArray()));
                upsert.setArray(6, connection.createArrayOf("text", rows.stream().map(PropositionRow::action).toArray()));
                upsert.setArray(7, connection.createArrayOf("integer", rows.stream().map(PropositionRow::independent).toArray()));
                upsert.setArray(8, connection.createArrayOf("integer", rows.stream().map(PropositionRow::derivative).toArray()));
                upsert.setArray(9, connection.createArrayOf("bigint", rows.stream().map(PropositionRow::firstDocument).toArray()));
                // outlets travel as one string each (unit separator between names): arrays of arrays must be rectangular
                upsert.setArray(10, connection.createArrayOf("text", rows.stream().map(p -> String.join("\u001f", p.outlets())).toArray()));
                try (ResultSet keys = upsert.executeQuery()) {
                    while (keys.next()) {
                        ids.put(keys.getString(1), keys.getLong(2));
                    }
                }
            }
            Map<Long, Long> now = new LinkedHashMap<>();
            rows.forEach(p -> p.claims().forEach(claim -> now.put(claim, ids.get(p.key()))));
            // only claims that move: rewriting a row costs PostgreSQL a new version of it and of its indexed search words
            try (PreparedStatement point = connection.prepareStatement("UPDATE claim c SET proposition_id = m.proposition "
                    + "FROM unnest(?::bigint[], ?::bigint[]) AS m(claim, proposition) WHERE c.id = m.claim "
                    + "AND c.proposition_id IS DISTINCT FROM m.proposition")) {
                point.setArray(1, connection.createArrayOf("bigint", now.keySet().toArray()));
                point.setArray(2, connection.createArrayOf("bigint", now.values().toArray()));
                point.executeUpdate();
            }
            handOver(connection, before, formerly, now);
            try (PreparedStatement drop = connection.prepareStatement("DELETE FROM proposition p WHERE p.id = ANY (?) "
                    + "AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.proposition_id = p.id)")) {
                drop.setArray(1, connection.createArrayOf("bigint", before.toArray()));
                drop.executeUpdate();
            }
        });
    }

    /**
     * A proposition about to be retired (its mentions all moved) hands its verdict and conflicts to the proposition
     * that now holds most of its former mentions, so an editor's work follows the claim; the move is audited.
     */
    private static void handOver(Connection connection, List<Long> before, Map<Long, Long> formerly, Map<Long, Long> now)
            throws SQLException {
        for (Long retiring : before) {
            Map<Long, Integer> heirs = new HashMap<>();
            formerly.forEach((claim, old) -> {
                Long holder = now.get(claim);
                if (old.equals(retiring) && holder != null && !holder.equals(retiring)) {
                    heirs.merge(holder, 1, Integer::sum);
                }
            });
            if (heirs.isEmpty() || heirs.containsKey(retiring)) {
                continue;
            }
            // most former mentions; on a tie the older (smaller) proposition id
            long heir = heirs.entrySet().stream()
                    .max((x, y) -> x.getValue().equals(y.getValue()) ? Long.compare(y.getKey(), x.getKey()) : Integer.compare(x.getValue(), y.getValue()))
                    .orElseThrow().getKey();
            try (PreparedStatement stillHeld = connection.prepareStatement("SELECT 1 FROM claim WHERE proposition_id = ? LIMIT 1")) {
                stillHeld.setLong(1, retiring);
                try (ResultSet rows = stillHeld.executeQuery()) {
                    if (rows.next()) {
                        continue; // not retiring after all: some of its mentions stayed
                    }
                }
            }
            try (PreparedStatement verdicts = connection.prepareStatement(
                    "UPDATE verdict SET proposition_id = ? WHERE proposition_id = ? RETURNING id");
                 PreparedStatement conflicts = connection.prepareStatement("UPDATE conflict SET proposition_id = ? WHERE proposition_id = ? RETURNING id");
                 PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (actor, action, item_type, item_id, detail) "
                         + "VALUES ('reconciliation', 'moved to merged proposition', 'verdict', ?, ?)")) {
                verdicts.setLong(1, heir);
                verdicts.setLong(2, retiring);
                try (ResultSet moved = verdicts.executeQuery()) {
                    while (moved.next()) {
                        audit.setString(1, Long.toString(moved.getLong(1)));
                        audit.setString(2, "proposition " + retiring + " was merged into proposition " + heir);
                        audit.executeUpdate();
                    }
                }
                conflicts.setLong(1, heir);
                conflicts.setLong(2, retiring);
                List<Long> moved = new ArrayList<>();
                try (ResultSet rows = conflicts.executeQuery()) {
                    while (rows.next()) {
                        moved.add(rows.getLong(1));
                    }
                }
                for (long conflict : moved) {
                    audit(connection, "conflict.moved", conflict, "proposition " + retiring + " was merged into proposition " + heir);
                }
            }
        }
    }

    /**
     * Inserts or refreshes a conflict by key; its review status and reason are kept. A conflict found or changed is
     * written to the audit log as reconciliation's doing; one found again unchanged is not.
     */
    public void upsertConflict(ConflictRow conflict) {
        work(connection -> {
            long id;
            String change;
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO conflict (kind, severity, explanation, key) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, severity = excluded.severity, "
                    + "explanation = excluded.explanation, updated_at = now() WHERE (conflict.kind, conflict.severity, conflict.explanation) "
                    + "IS DISTINCT FROM (excluded.kind, excluded.severity, excluded.explanation) RETURNING id, xmax = 0")) {
                upsert.setString(1, conflict.kind());
                upsert.setString(2, conflict.severity());
                upsert.setString(3, conflict.explanation());
                upsert.setString(4, conflict.key());
                try (ResultSet key = upsert.executeQuery()) {
                    if (key.next()) {
                        id = key.getLong(1);
                        change = key.getBoolean(2) ? "conflict.found" : "conflict.changed";
                    } else {
                        id = -1;
                        change = null;
                    }
                }
            }
            if (change == null) {
                try (PreparedStatement same = Jdbc.prepared(connection, "SELECT id FROM conflict WHERE key = ?", conflict.key());
                     ResultSet row = same.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            } else {
                audit(connection, change, id, conflict.kind() + ", " + conflict.severity() + ": " + conflict.explanation());
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM conflict_side WHERE conflict_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            try (PreparedStatement side = connection.prepareStatement("INSERT INTO conflict_side (conflict_id, label, document_id, "
                    + "claim_id, attribution_id, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SideRow s : conflict.sides()) {
                    side.setLong(1, id);
                    side.setString(2, s.label());
                    side.setLong(3, s.documentId());
                    Jdbc.setLong(side, 4, s.claimId());
                    Jdbc.setLong(side, 5, s.attributionId());
                    side.setInt(6, s.start());
                    side.setInt(7, s.end());
                    side.setString(8, s.text());
                    side.addBatch();
                }
                side.executeBatch();
            }
        });
    }

    /**
     * Stores a conflict found between an arriving article and some stored ones, keeping the sides stored before under
     * its key: the arrival read only some of the articles involved. A side found again (same document and span) is
     * replaced by its new reading.
     */
    public void addSides(ConflictRow conflict) {
        Map<String, SideRow> sides = new LinkedHashMap<>();
        for (SideRow side : sidesOf(conflict.key())) {
            sides.put(side.documentId() + "#" + side.start() + "-" + side.end(), side);
        }
        for (SideRow side : conflict.sides()) {
            sides.put(side.documentId() + "#" + side.start() + "-" + side.end(), side);
        }
        upsertConflict(new ConflictRow(conflict.key(), conflict.kind(), conflict.severity(), conflict.explanation(), new ArrayList<>(sides.values())));
    }

    /** The sides of the conflict stored under {@code key}, none when there is none. */
    public List<SideRow> sidesOf(String key) {
        List<SideRow> out = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement select = Jdbc.prepared(connection, "SELECT s.label, s.document_id, s.claim_id, s.attribution_id, "
                    + "s.start_offset, s.end_offset, s.text FROM conflict_side s JOIN conflict c ON c.id = s.conflict_id WHERE c.key = ? "
                    + "ORDER BY s.document_id, s.start_offset, s.id", key);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(new SideRow(rows.getString(1), rows.getLong(2), Jdbc.longOrNull(rows, 3), Jdbc.longOrNull(rows, 4), rows.getInt(5),
                            rows.getInt(6), rows.getString(7)));
                }
            }
        });
        return out;
    }

    /**
     * Withdraws open conflicts between propositions that were recomputed and no longer conflict: those whose key
     * names one of {@code groups} and is not among {@code current}. Reviewed conflicts stay, for the record.
     */
    public void withdrawStale(List<String> groups, List<String> current) {
        if (groups.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM conflict c WHERE c.status = 'open' "
                    + "AND c.kind IN ('date', 'number') AND c.key <> ALL (?) AND c.named_groups && ?::text[] RETURNING c.id, c.explanation")) {
                delete.setArray(1, connection.createArrayOf("text", current.toArray()));
                delete.setArray(2, connection.createArrayOf("text", groups.toArray()));
                List<Object[]> withdrawn = new ArrayList<>();
                try (ResultSet rows = delete.executeQuery()) {
                    while (rows.next()) {
                        withdrawn.add(new Object[] {rows.getLong(1), rows.getString(2)});
                    }
                }
                for (Object[] w : withdrawn) {
                    audit(connection, "conflict.withdrawn", (Long) w[0], "no longer holds: " + w[1]);
                }
            }
        });
    }


    /** Reconciliation's own change to a conflict, in the audit log like an editor's (same transaction). */
    private static void audit(Connection connection, String action, long conflictId, String detail) throws SQLException {
        try (PreparedStatement insert = Jdbc.prepared(connection, "INSERT INTO audit_entry (actor, action, item_type, item_id, detail) "
                + "VALUES ('reconciliation', ?, 'conflict', ?, ?)", action, Long.toString(conflictId), detail)) {
            insert.executeUpdate();
        }
    }

    private void work(Jdbc.Work work) {
        Jdbc.work(entityManager, work);
    }
}
