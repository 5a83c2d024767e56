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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
                                  String text, String dayWithoutYear) {
    }

    /** The columns of a {@link StoredStatement}, from {@code claim c JOIN document d}. */
    static final String STATEMENT_COLUMNS = "c.id, c.document_id, c.start_offset, c.end_offset, c.kind, c.predicate, c.agentive, "
            + "c.demanded, c.actor_ids, c.participant_ids, c.place_ids, c.setting_ids, c.date_first, c.date_last, c.date_precision, "
            + "c.number_low, c.number_high, c.number_qualifier, c.number_unit, c.statement_key, d.published_first, c.mention, "
            + "c.component, c.text, c.day_without_year";

    static StoredStatement statement(ResultSet rows) throws SQLException {
        return new StoredStatement(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getInt(4), rows.getString(5),
                rows.getString(6), rows.getBoolean(7), rows.getBoolean(8), Jdbc.longs(rows.getArray(9)), Jdbc.longs(rows.getArray(10)),
                Jdbc.longs(rows.getArray(11)), Jdbc.longs(rows.getArray(12)), rows.getObject(13, LocalDate.class),
                rows.getObject(14, LocalDate.class), rows.getString(15), rows.getBigDecimal(16), rows.getBigDecimal(17),
                rows.getString(18), rows.getString(19), rows.getString(20), rows.getObject(21, LocalDate.class), rows.getString(22),
                rows.getString(23), rows.getString(24), rows.getString(25));
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
     * Stores the propositions of the given groups, and points their claims at them and the given claims at the
     * components they were filed in (see {@link FiledMentions#file}): one write of each claim row for both.
     * Propositions left without a claim (groups that merged into others) are removed. Returns the keys of the
     * propositions those claims were in before: conflicts that name them are found afresh.
     */
    public Set<String> placePropositions(List<PropositionRow> propositions, String reconciliationVersion, Map<Long, String> components) {
        Set<String> formerKeys = new TreeSet<>();
        work(connection -> {
            List<Long> claims = new ArrayList<>();
            propositions.forEach(p -> claims.addAll(p.claims()));
            Map<Long, Long> formerly = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.proposition_id, p.key FROM claim c "
                    + "JOIN proposition p ON p.id = c.proposition_id WHERE c.id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("bigint", claims.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        formerly.put(rows.getLong(1), rows.getLong(2));
                        formerKeys.add(rows.getString(3));
                    }
                }
            }
            List<Long> before = new ArrayList<>(new TreeSet<>(formerly.values()));
            // one statement for every proposition and one for every claim that moves, not two a proposition: an
            // arrival touches several groups, and each round trip to the database costs more than the row
            Map<String, PropositionRow> byKey = new LinkedHashMap<>();
            propositions.forEach(p -> byKey.put(p.key(), p));
            List<PropositionRow> rows = new ArrayList<>(byKey.values());
            Map<String, Long> ids = new HashMap<>();
            // a proposition recomputed as it was is left alone: rewriting the row would cost PostgreSQL a new version
            // of it and of its indexed words and trigrams, and would tell public readers that something changed; its
            // id is read from the row as the statement found it
            try (PreparedStatement upsert = connection.prepareStatement("WITH r AS (SELECT * FROM unnest(?::text[], ?::text[], "
                    + "?::text[], ?::bigint[], ?::text[], ?::int[], ?::int[], ?::bigint[], ?::text[]) WITH ORDINALITY AS r(key, text, kind, "
                    + "actor, action, independent, derivative, first, outlets, place)), "
                    + "placed AS (INSERT INTO proposition (key, text, kind, actor_entity_id, action, "
                    + "independent_count, derivative_count, first_document_id, outlets, reconciliation_version, updated_at) "
                    + "SELECT r.key, r.text, r.kind, r.actor, r.action, r.independent, r.derivative, r.first, "
                    + "string_to_array(r.outlets, chr(31)), ?, now() FROM r ORDER BY r.place "
                    + "ON CONFLICT (key) DO UPDATE SET text = excluded.text, kind = excluded.kind, "
                    + "actor_entity_id = excluded.actor_entity_id, action = excluded.action, independent_count = excluded.independent_count, "
                    + "derivative_count = excluded.derivative_count, first_document_id = excluded.first_document_id, outlets = excluded.outlets, "
                    + "reconciliation_version = excluded.reconciliation_version, updated_at = now() "
                    + "WHERE (proposition.text, proposition.kind, proposition.actor_entity_id, proposition.action, proposition.independent_count, "
                    + "proposition.derivative_count, proposition.first_document_id, proposition.outlets, proposition.reconciliation_version) "
                    + "IS DISTINCT FROM (excluded.text, excluded.kind, excluded.actor_entity_id, excluded.action, excluded.independent_count, "
                    + "excluded.derivative_count, excluded.first_document_id, excluded.outlets, excluded.reconciliation_version) "
                    + "RETURNING key, id) "
                    + "SELECT key, id FROM placed UNION ALL SELECT p.key, p.id FROM proposition p JOIN r ON r.key = p.key "
                    + "WHERE NOT EXISTS (SELECT 1 FROM placed WHERE placed.key = p.key)")) {
                Jdbc.setColumn(connection, upsert, 1, "text", rows, PropositionRow::key);
                Jdbc.setColumn(connection, upsert, 2, "text", rows, PropositionRow::text);
                Jdbc.setColumn(connection, upsert, 3, "text", rows, PropositionRow::kind);
                Jdbc.setColumn(connection, upsert, 4, "bigint", rows, PropositionRow::actor);
                Jdbc.setColumn(connection, upsert, 5, "text", rows, PropositionRow::action);
                Jdbc.setColumn(connection, upsert, 6, "integer", rows, PropositionRow::independent);
                Jdbc.setColumn(connection, upsert, 7, "integer", rows, PropositionRow::derivative);
                Jdbc.setColumn(connection, upsert, 8, "bigint", rows, PropositionRow::firstDocument);
                // outlets travel as one string each (unit separator between names): arrays of arrays must be rectangular
                Jdbc.setColumn(connection, upsert, 9, "text", rows, p -> String.join("\u001f", p.outlets()));
                upsert.setString(10, reconciliationVersion);
                try (ResultSet keys = upsert.executeQuery()) {
                    while (keys.next()) {
                        ids.put(keys.getString(1), keys.getLong(2));
                    }
                }
            }
            Map<Long, Long> now = new LinkedHashMap<>();
            rows.forEach(p -> p.claims().forEach(claim -> now.put(claim, ids.get(p.key()))));
            // only claims that move, and each once for its proposition and component both: rewriting a claim row costs
            // PostgreSQL a new version of it and an entry in each of its indexes (its words, its entities, ...)
            List<Long> touched = new ArrayList<>(now.keySet());
            components.keySet().stream().filter(claim -> !now.containsKey(claim)).forEach(touched::add);
            try (PreparedStatement point = connection.prepareStatement("UPDATE claim c SET proposition_id = coalesce(m.proposition, "
                    + "c.proposition_id), component = coalesce(m.component, c.component) "
                    + "FROM unnest(?::bigint[], ?::bigint[], ?::text[]) AS m(claim, proposition, component) WHERE c.id = m.claim "
                    + "AND (c.proposition_id, c.component) IS DISTINCT FROM (coalesce(m.proposition, c.proposition_id), "
                    + "coalesce(m.component, c.component))")) {
                point.setArray(1, connection.createArrayOf("bigint", touched.toArray()));
                Jdbc.setColumn(connection, point, 2, "bigint", touched, now::get);
                Jdbc.setColumn(connection, point, 3, "text", touched, components::get);
                point.executeUpdate();
            }
            handOver(connection, before, formerly, now);
            try (PreparedStatement drop = connection.prepareStatement("DELETE FROM proposition p WHERE p.id = ANY (?) "
                    + "AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.proposition_id = p.id)")) {
                drop.setArray(1, connection.createArrayOf("bigint", before.toArray()));
                drop.executeUpdate();
            }
        });
        return formerKeys;
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
            // one round trip whether or not the conflict changed: found again unchanged, its id comes from the row as
            // the statement found it
            try (PreparedStatement upsert = connection.prepareStatement("WITH upserted AS (INSERT INTO conflict (kind, severity, "
                    + "explanation, key) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, severity = excluded.severity, "
                    + "explanation = excluded.explanation, updated_at = now() WHERE (conflict.kind, conflict.severity, conflict.explanation) "
                    + "IS DISTINCT FROM (excluded.kind, excluded.severity, excluded.explanation) RETURNING id, xmax = 0 AS found) "
                    + "SELECT id, CASE WHEN found THEN 'conflict.found' ELSE 'conflict.changed' END FROM upserted "
                    + "UNION ALL SELECT id, NULL FROM conflict WHERE key = ? AND NOT EXISTS (SELECT 1 FROM upserted)")) {
                upsert.setString(1, conflict.kind());
                upsert.setString(2, conflict.severity());
                upsert.setString(3, conflict.explanation());
                upsert.setString(4, conflict.key());
                upsert.setString(5, conflict.key());
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                    change = row.getString(2);
                }
            }
            if (change != null) {
                audit(connection, change, id, conflict.kind() + ", " + conflict.severity() + ": " + conflict.explanation());
            }
            placeSides(connection, id, conflict.sides());
        });
    }

    /**
     * Makes a conflict's sides the given ones: a side stored before and found again is kept as it is, so a conflict
     * found afresh by every arrival that touches it is not rewritten (nor its sides' indexed words), only what changed.
     * A side listed twice is stored once.
     */
    private static void placeSides(Connection connection, long conflictId, List<SideRow> sides) throws SQLException {
        List<SideRow> distinct = new ArrayList<>(new LinkedHashSet<>(sides));
        String same = "(n.label, n.document_id, n.claim_id, n.attribution_id, n.start_offset, n.end_offset, n.text) IS NOT DISTINCT FROM "
                + "(s.label, s.document_id, s.claim_id, s.attribution_id, s.start_offset, s.end_offset, s.text)";
        try (PreparedStatement place = connection.prepareStatement("WITH n AS (SELECT * FROM unnest(?::text[], ?::bigint[], ?::bigint[], "
                + "?::bigint[], ?::int[], ?::int[], ?::text[]) WITH ORDINALITY AS n(label, document_id, claim_id, attribution_id, start_offset, "
                + "end_offset, text, place)), "
                + "gone AS (DELETE FROM conflict_side s WHERE s.conflict_id = ? AND NOT EXISTS (SELECT 1 FROM n WHERE " + same + ")) "
                + "INSERT INTO conflict_side (conflict_id, label, document_id, claim_id, attribution_id, start_offset, end_offset, text) "
                + "SELECT ?, n.label, n.document_id, n.claim_id, n.attribution_id, n.start_offset, n.end_offset, n.text FROM n "
                + "WHERE NOT EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = ? AND " + same + ") ORDER BY n.place")) {
            Jdbc.setColumn(connection, place, 1, "text", distinct, SideRow::label);
            Jdbc.setColumn(connection, place, 2, "bigint", distinct, SideRow::documentId);
            Jdbc.setColumn(connection, place, 3, "bigint", distinct, SideRow::claimId);
            Jdbc.setColumn(connection, place, 4, "bigint", distinct, SideRow::attributionId);
            Jdbc.setColumn(connection, place, 5, "integer", distinct, SideRow::start);
            Jdbc.setColumn(connection, place, 6, "integer", distinct, SideRow::end);
            Jdbc.setColumn(connection, place, 7, "text", distinct, SideRow::text);
            place.setLong(8, conflictId);
            place.setLong(9, conflictId);
            place.setLong(10, conflictId);
            place.executeUpdate();
        }
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
