package org.crosscheck.db.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crosscheck.db.Jdbc;
import org.crosscheck.db.reconcile.ReconciliationRepository.StoredStatement;

/**
 * Reconciliation's index as the store keeps it (V7): mentions filed under blocking keys, the links between them,
 * and each mention's component. Every read sees the calling transaction's own writes; {@link #lock()} makes
 * filing one document at a time across every server sharing the database.
 */
@ApplicationScoped
public class FiledMentions {

    /** A link between two mentions, {@code a} before {@code b}; the verdict as core's SamenessPolicy names it. */
    public record LinkRow(String a, String b, String verdict) {
    }

    /** A mention to file with the blocking keys it is filed under. */
    public record BlockRows(String mention, List<String> blocks) {
    }

    /** Any number that is the same for every server: reconciliation's lock, held until the transaction ends. */
    private static final long LOCK = 0x43524f5353434b31L;

    private final EntityManager entityManager;

    FiledMentions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until no other transaction is filing, and keeps the turn until this one commits or rolls back. */
    public void lock() {
        work(connection -> {
            try (PreparedStatement lock = Jdbc.prepared(connection, "SELECT pg_advisory_xact_lock(?)", LOCK)) {
                lock.execute();
            }
        });
    }

    /** The rules the index was filed by, if it was. */
    public Optional<String> filedRules() {
        List<String> rules = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT rules FROM reconciliation_state");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rules.add(rows.getString(1));
                }
            }
        });
        return rules.stream().findFirst();
    }

    public void markFiled(String rules) {
        update("INSERT INTO reconciliation_state (rules) VALUES (?) ON CONFLICT (only_row) DO UPDATE SET rules = excluded.rules, "
                + "filed_at = now()", rules);
    }

    /** Empties the index, before filing every stored mention again. */
    public void forgetAll() {
        update("DELETE FROM mention_block");
        update("DELETE FROM mention_link");
        update("UPDATE claim SET component = NULL WHERE component IS NOT NULL");
    }

    /** The documents whose extraction has finished, oldest first: the order a rebuild files them in. */
    public List<Long> extractedDocuments() {
        List<Long> out = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM document WHERE extracted_at IS NOT NULL ORDER BY id"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getLong(1));
                }
            }
        });
        return out;
    }

    /** The claim mentions of these documents. */
    public List<StoredStatement> ofDocuments(Collection<Long> documents) {
        return statements("c.document_id = ANY (?)", documents);
    }

    /** These claim mentions, if their document's extraction has finished. */
    public List<StoredStatement> ofExtractedClaims(Collection<Long> claims) {
        return statements("c.id = ANY (?) AND d.extracted_at IS NOT NULL", claims);
    }

    /** Filed mentions under any of these blocking keys. */
    public List<StoredStatement> filedUnder(Collection<String> blocks) {
        return statements("c.mention IN (SELECT b.mention FROM mention_block b WHERE b.block = ANY (?::text[])) AND c.component IS NOT NULL",
                blocks);
    }

    /** Those of these mentions that are filed. */
    public List<StoredStatement> filed(Collection<String> mentions) {
        return statements("c.mention = ANY (?::text[]) AND c.component IS NOT NULL", mentions);
    }

    /** Every mention filed in these components. */
    public List<StoredStatement> members(Collection<String> components) {
        return statements("c.component = ANY (?::text[])", components);
    }

    /** Every date or number contradiction, distinct event or update with an end among these mentions. */
    public List<LinkRow> contradictionsOf(Collection<String> mentions) {
        return linksOf(mentions, "verdict IN ('DATE_CONTRADICTS', 'NUMBER_CONTRADICTS', 'DISTINCT', 'UPDATES')");
    }

    /** Every "same" or "supports" link with an end among these mentions. */
    public List<LinkRow> joiningAmong(Collection<String> mentions) {
        return linksOf(mentions, "verdict IN ('SAME', 'SUPPORTS')");
    }

    private List<LinkRow> linksOf(Collection<String> mentions, String verdicts) {
        List<LinkRow> out = new ArrayList<>();
        if (mentions.isEmpty()) {
            return out;
        }
        work(connection -> {
            try (PreparedStatement select = Jdbc.prepared(connection, "SELECT a, b, verdict FROM mention_link WHERE a = ANY (?::text[]) AND "
                    + verdicts + " UNION SELECT a, b, verdict FROM mention_link WHERE b = ANY (?::text[]) AND " + verdicts,
                    List.copyOf(mentions), List.copyOf(mentions));
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(new LinkRow(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        });
        return out;
    }

    /**
     * Files mentions under their blocks and adds links. The components they are filed in are written with their
     * propositions, in the same transaction ({@link ReconciliationRepository#placePropositions(List, String,
     * java.util.Map)}): both are columns of the claim row, and one write of a row costs half what two do.
     */
    public void file(List<BlockRows> blocks, List<LinkRow> links) {
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO mention_block (block, mention) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (BlockRows filed : blocks) {
                    for (String block : filed.blocks()) {
                        insert.setString(1, block);
                        insert.setString(2, filed.mention());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO mention_link (a, b, verdict) VALUES (?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET verdict = excluded.verdict")) {
                for (LinkRow link : links) {
                    insert.setString(1, link.a());
                    insert.setString(2, link.b());
                    insert.setString(3, link.verdict());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Unfiles mentions: their blocks, every link touching them, their component. */
    public void forget(Collection<String> mentions) {
        List<String> names = List.copyOf(mentions);
        update("DELETE FROM mention_block WHERE mention = ANY (?::text[])", names);
        update("DELETE FROM mention_link WHERE a = ANY (?::text[]) OR b = ANY (?::text[])", names, names);
        update("UPDATE claim SET component = NULL WHERE mention = ANY (?::text[])", names);
    }

    private List<StoredStatement> statements(String where, Collection<?> values) {
        List<StoredStatement> out = new ArrayList<>();
        if (values.isEmpty()) {
            return out;
        }
        work(connection -> {
            try (PreparedStatement select = Jdbc.prepared(connection, "SELECT " + ReconciliationRepository.STATEMENT_COLUMNS
                    + " FROM claim c JOIN document d ON d.id = c.document_id WHERE " + where + " ORDER BY c.id", List.copyOf(values))) {
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(ReconciliationRepository.statement(rows));
                    }
                }
            }
        });
        return out;
    }

    private void update(String sql, Object... parameters) {
        work(connection -> {
            try (PreparedStatement statement = Jdbc.prepared(connection, sql, parameters)) {
                statement.executeUpdate();
            }
        });
    }

    private void work(Jdbc.Work work) {
        Jdbc.work(entityManager, work);
    }
}
