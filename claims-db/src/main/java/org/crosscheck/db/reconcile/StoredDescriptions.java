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
 * The ages and offices stored articles give the people they name (V14), and those an arriving article's must be
 * checked against: what other articles tell of the same people.
 */
@ApplicationScoped
public class StoredDescriptions {

    /** An age or an office told of a person; the person is the stored entity id (merged entities read as their survivor). */
    public record DescriptionRow(long documentId, long person, String personName, String kind, String value, int start, int end,
                                 String text, LocalDate published, String outlet) {
    }

    /** How many descriptions of one person of one kind an arrival reads at most, newest first: its cost stays bounded. */
    static final int MOST_READ = 200;

    private final EntityManager entityManager;

    StoredDescriptions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The document's descriptions, replacing any from an earlier reading of it. */
    public void replace(long documentId, List<DescriptionRow> descriptions) {
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement delete = Jdbc.prepared(connection, "DELETE FROM person_description WHERE document_id = ?", documentId)) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person_description (document_id, entity_id, "
                    + "person_name, kind, value, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DescriptionRow d : descriptions) {
                    insert.setLong(1, documentId);
                    insert.setLong(2, d.person());
                    insert.setString(3, d.personName());
                    insert.setString(4, d.kind());
                    insert.setString(5, d.value());
                    insert.setInt(6, d.start());
                    insert.setInt(7, d.end());
                    insert.setString(8, d.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * What other articles tell of {@code people} (stored entity ids, and the entities merged into them), of the given
     * kind: the newest {@link #MOST_READ} of each person.
     */
    public List<DescriptionRow> ofPeople(long documentId, List<Long> people, String kind) {
        List<DescriptionRow> out = new ArrayList<>();
        if (people.isEmpty()) {
            return out;
        }
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement select = Jdbc.prepared(connection, "SELECT p.document_id, coalesce(e.merged_into_id, e.id), p.person_name, "
                    + "p.kind, p.value, p.start_offset, p.end_offset, p.text, d.published_first, o.name FROM entity e "
                    + "CROSS JOIN LATERAL (SELECT * FROM person_description x WHERE x.entity_id = e.id AND x.kind = ? AND x.document_id <> ? "
                    + "ORDER BY x.id DESC LIMIT " + MOST_READ + ") p JOIN document d ON d.id = p.document_id LEFT JOIN outlet o ON o.id = d.outlet_id "
                    + "WHERE e.id = ANY (?) OR e.merged_into_id = ANY (?) ORDER BY p.document_id, p.start_offset",
                    kind, documentId, people, people)) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new DescriptionRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                                rows.getInt(6), rows.getInt(7), rows.getString(8), rows.getObject(9, LocalDate.class), rows.getString(10)));
                    }
                }
            }
        });
        return out;
    }

    /**
     * Offices other articles give people whose names start with one of {@code givenNames} (lower case, the first word
     * of a name): the newest {@link #MOST_READ} of each, for the namesakes check (V21).
     */
    public List<DescriptionRow> officesOfGivenNames(long documentId, List<String> givenNames, String kind) {
        List<DescriptionRow> out = new ArrayList<>();
        Jdbc.work(entityManager, connection -> {
            for (String given : givenNames) {
                try (PreparedStatement select = Jdbc.prepared(connection, "SELECT p.document_id, coalesce(e.merged_into_id, e.id), p.person_name, "
                        + "p.kind, p.value, p.start_offset, p.end_offset, p.text, d.published_first, o.name FROM (SELECT * FROM person_description x "
                        + "WHERE x.kind = ? AND lower(x.person_name) LIKE ? AND x.document_id <> ? ORDER BY x.id DESC LIMIT " + MOST_READ + ") p "
                        + "JOIN entity e ON e.id = p.entity_id JOIN document d ON d.id = p.document_id LEFT JOIN outlet o ON o.id = d.outlet_id "
                        + "ORDER BY p.document_id, p.start_offset", kind, given.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %",
                        documentId)) {
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            out.add(new DescriptionRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                                    rows.getInt(6), rows.getInt(7), rows.getString(8), rows.getObject(9, LocalDate.class), rows.getString(10)));
                        }
                    }
                }
            }
        });
        return out;
    }

    /** The stored documents that name each of {@code people} (stored entity ids; merged entities answer as their survivor). */
    public java.util.Map<Long, List<Long>> documentsNaming(List<Long> people) {
        java.util.Map<Long, List<Long>> out = new java.util.HashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement select = Jdbc.prepared(connection, "SELECT coalesce(e.merged_into_id, e.id), array_agg(DISTINCT m.document_id) "
                    + "FROM entity e JOIN entity_mention m ON m.entity_id = e.id WHERE e.id = ANY (?) OR e.merged_into_id = ANY (?) GROUP BY 1",
                    people, people)) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.put(rows.getLong(1), Jdbc.longs(rows.getArray(2)));
                    }
                }
            }
        });
        return out;
    }
}
