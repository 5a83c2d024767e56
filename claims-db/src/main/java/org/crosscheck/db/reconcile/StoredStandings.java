package org.crosscheck.db.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.db.Jdbc;

/**
 * How stored articles say things stood on a day (V15), and those an arriving article's must be checked against:
 * what other articles say of the same thing on the same day.
 */
@ApplicationScoped
public class StoredStandings {

    /** One article's standing of a thing on a day; the setting as stored entity ids. */
    public record StandingRow(long documentId, String thing, String standing, LocalDate day, List<Long> setting, int start, int end,
                              String text, String outlet) {
    }

    /** How many standings of one thing on one day an arrival reads at most, newest first: its cost stays bounded. */
    static final int MOST_READ = 200;

    private final EntityManager entityManager;

    StoredStandings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The document's standings, replacing any from an earlier reading of it. */
    public void replace(long documentId, List<StandingRow> standings) {
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement delete = Jdbc.prepared(connection, "DELETE FROM standing WHERE document_id = ?", documentId)) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO standing (document_id, thing, standing, day, setting_ids, "
                    + "start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StandingRow r : standings) {
                    insert.setLong(1, documentId);
                    insert.setString(2, r.thing());
                    insert.setString(3, r.standing());
                    insert.setObject(4, r.day());
                    insert.setArray(5, connection.createArrayOf("bigint", r.setting().toArray()));
                    insert.setInt(6, r.start());
                    insert.setInt(7, r.end());
                    insert.setString(8, r.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** What other articles say of {@code thing} on {@code day}: the newest {@link #MOST_READ}. */
    public List<StandingRow> of(long documentId, String thing, LocalDate day) {
        List<StandingRow> out = new ArrayList<>();
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement select = Jdbc.prepared(connection, "SELECT s.document_id, s.thing, s.standing, s.day, s.setting_ids, "
                    + "s.start_offset, s.end_offset, s.text, o.name FROM (SELECT * FROM standing WHERE thing = ? AND day = ? AND document_id <> ? "
                    + "ORDER BY id DESC LIMIT " + MOST_READ + ") s JOIN document d ON d.id = s.document_id LEFT JOIN outlet o ON o.id = d.outlet_id "
                    + "ORDER BY s.document_id, s.start_offset", thing, day, documentId)) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new StandingRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getObject(4, LocalDate.class),
                                Jdbc.longs(rows.getArray(5)), rows.getInt(6), rows.getInt(7), rows.getString(8), rows.getString(9)));
                    }
                }
            }
        });
        return out;
    }
}
