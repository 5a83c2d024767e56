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
 * What stored articles credit to whom (V11), and the credits an arriving article's must be checked against: those
 * of other articles that credit a body of the same kind in another country with something sharing words, or that
 * quote words its quotations quote.
 */
@ApplicationScoped
public class StoredCredits {

    /** A credit as stored; the speaker is the stored entity id (merged entities read as their survivor). */
    public record CreditRow(long documentId, long speaker, String speakerName, String country, String institution, boolean speech,
                            boolean direct, int start, int end, String creditText, String content, Long claimId, List<String> words,
                            java.time.LocalDate published, List<Long> setting, List<Long> named) {
    }

    /** A body of the article's: its kind, its country and the word stems of what it is credited with. */
    /** A body credited with something: its kind and country, or (country null) its kind by its own name only. */
    public record Body(String institution, String country, List<String> words) {
    }

    /** How many other articles one arrival is checked against at most, the likeliest first. */
    public static final int MOST_DOCUMENTS = 20;
    /** The fewest word stems a credit must share with the arrival's (core's AttributionConflicts.SHARED_WORDS). */
    static final int FEWEST_SHARED = 3;
    /** How many stored credits of one kind of body an arrival reads at most, newest first: its cost stays bounded. */
    static final int MOST_READ = 2000;

    private final EntityManager entityManager;

    StoredCredits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The document's credits, replacing any from an earlier reading of it. */
    public void replace(long documentId, List<CreditRow> credits) {
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement delete = Jdbc.prepared(connection, "DELETE FROM credit WHERE document_id = ?", documentId)) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO credit (document_id, speaker_entity_id, speaker_name, "
                    + "country, institution, speech, direct, start_offset, end_offset, credit_text, content, claim_id, words, published) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT published_first FROM document WHERE id = ?))")) {
                for (CreditRow c : credits) {
                    insert.setLong(1, documentId);
                    insert.setLong(2, c.speaker());
                    insert.setString(3, c.speakerName());
                    insert.setString(4, c.country());
                    insert.setString(5, c.institution());
                    insert.setBoolean(6, c.speech());
                    insert.setBoolean(7, c.direct());
                    insert.setInt(8, c.start());
                    insert.setInt(9, c.end());
                    insert.setString(10, c.creditText());
                    insert.setString(11, c.content());
                    Jdbc.setLong(insert, 12, c.claimId());
                    insert.setArray(13, connection.createArrayOf("text", c.words().toArray()));
                    insert.setLong(14, documentId); // the day the probes compare is the document's own (V18)
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Adds one probe to the union: the newest {@link #MOST_READ} credits of other articles meeting {@code where} (with its
     * parameters) that share a stem with {@code words}, each with how many they share.
     */
    private static void probe(StringBuilder probes, List<Object> parameters, java.sql.Array words, long documentId, LocalDate published,
                              int windowDays, String where, Object... whereParameters) {
        probes.append(probes.length() == 0 ? "" : " UNION ALL ").append("(SELECT c.document_id, cardinality(ARRAY(SELECT unnest(c.words) "
                + "INTERSECT SELECT unnest(?::text[]))) AS shared FROM credit c WHERE " + where
                + " AND c.words && ?::text[] AND c.document_id <> ?"
                + (published == null ? "" : " AND (c.published BETWEEN ? AND ? OR c.published IS NULL)")
                + " ORDER BY c.id DESC LIMIT " + MOST_READ + ")");
        parameters.add(words);
        parameters.addAll(List.of(whereParameters));
        parameters.add(words);
        parameters.add(documentId);
        if (published != null) {
            parameters.add(published.minusDays(windowDays));
            parameters.add(published.plusDays(windowDays));
        }
    }

    /** A country's government acts through its ministries: their acts are no clash with its own. */
    private static final String GOVERNMENT = "government";

    /**
     * Every credit of the other articles (at most {@link #MOST_DOCUMENTS}, those sharing most words first) where a
     * body of the same kind as one of {@code bodies}, in another country, is credited with something sharing a word,
     * or where another body of the same country (not its government) is credited with an act sharing a word with one of
     * theirs, or where a direct quotation shares a word with one of {@code quotes} (each a quotation's word stems), or
     * where a person is credited with a deed sharing a word with one of {@code deeds} (each a deed's word stems); among the
     * newest {@link #MOST_READ} such credits of each body or quotation. Credits sharing fewer than
     * {@link #FEWEST_SHARED} stems are not reason enough to read an article. Only articles published within
     * {@code windowDays} of the arrival's {@code published} day, or undated, are read (any, when the arrival is undated):
     * core compares no others, and the probes then cost a few weeks of news, not the archive.
     */
    public List<CreditRow> ofArticlesCreditingLike(long documentId, LocalDate published, int windowDays, List<Body> bodies,
                                                   List<List<String>> quotes, List<List<String>> deeds) {
        List<CreditRow> out = new ArrayList<>();
        if (bodies.isEmpty() && quotes.isEmpty() && deeds.isEmpty()) {
            return out;
        }
        Jdbc.work(entityManager, connection -> {
            List<Long> documents = new ArrayList<>();
            StringBuilder probes = new StringBuilder();
            List<Object> parameters = new ArrayList<>();
            for (Body body : bodies) {
                java.sql.Array words = connection.createArrayOf("text", body.words().toArray(String[]::new));
                if (body.country() == null) {
                    // a body known by its own name only ("the Orland Provincial Electoral Commission"): the act credited
                    // to another body whose name makes it the same kind (core's AttributionConflicts, bodies named alike)
                    probe(probes, parameters, words, documentId, published, windowDays, "NOT c.speech AND c.institution = ? AND c.country IS NULL",
                            body.institution());
                    continue;
                }
                probe(probes, parameters, words, documentId, published, windowDays, "c.institution = ? AND c.country <> ?::text AND c.country IS NOT NULL",
                        body.institution(), body.country());
                if (!GOVERNMENT.equals(body.institution())) {
                    // the same act credited to another body of the same country (not its government, acting through it)
                    probe(probes, parameters, words, documentId, published, windowDays, "NOT c.speech AND c.institution <> ? AND c.institution <> ? AND c.country = ?::text",
                            body.institution(), GOVERNMENT, body.country());
                }
            }
            for (List<String> quote : quotes) {
                probe(probes, parameters, connection.createArrayOf("text", quote.toArray(String[]::new)), documentId, published, windowDays,
                        "c.speech AND c.direct");
            }
            for (List<String> deed : deeds) {
                // what one person did to another, credited elsewhere to someone else (core's AttributionConflicts)
                probe(probes, parameters, connection.createArrayOf("text", deed.toArray(String[]::new)), documentId, published, windowDays,
                        "NOT c.speech AND c.institution IS NULL");
            }
            parameters.add(FEWEST_SHARED);
            parameters.add(MOST_DOCUMENTS);
            try (PreparedStatement select = Jdbc.prepared(connection, "SELECT document_id FROM (" + probes + ") p GROUP BY document_id "
                    + "HAVING max(shared) >= ? ORDER BY max(shared) DESC, document_id LIMIT ?", parameters.toArray())) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        documents.add(rows.getLong(1));
                    }
                }
            }
            if (documents.isEmpty()) {
                // most arrivals: nothing to read back, so no further statement
                return;
            }
            // whom each of those articles names: a quotation in two mouths is one when an article names both speakers
            java.util.Map<Long, List<Long>> named = new java.util.HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT m.document_id, array_agg(DISTINCT coalesce(e.merged_into_id, e.id)) "
                    + "FROM entity_mention m JOIN entity e ON e.id = m.entity_id WHERE m.document_id = ANY (?) GROUP BY m.document_id")) {
                select.setArray(1, connection.createArrayOf("bigint", documents.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        named.put(rows.getLong(1), Jdbc.longs(rows.getArray(2)));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT c.document_id, coalesce(e.merged_into_id, e.id), c.speaker_name, "
                    + "c.country, c.institution, c.speech, c.direct, c.start_offset, c.end_offset, c.credit_text, c.content, c.claim_id, c.words, "
                    + "d.published_first, (SELECT s.setting_ids FROM claim s WHERE s.document_id = c.document_id LIMIT 1) "
                    + "FROM credit c JOIN entity e ON e.id = c.speaker_entity_id JOIN document d ON d.id = c.document_id "
                    + "WHERE c.document_id = ANY (?) ORDER BY c.document_id, c.start_offset")) {
                select.setArray(1, connection.createArrayOf("bigint", documents.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new CreditRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                                rows.getBoolean(6), rows.getBoolean(7), rows.getInt(8), rows.getInt(9), rows.getString(10), rows.getString(11),
                                Jdbc.longOrNull(rows, 12), List.of((String[]) rows.getArray(13).getArray()), rows.getObject(14, java.time.LocalDate.class),
                                rows.getArray(15) == null ? List.of() : Jdbc.longs(rows.getArray(15)), named.getOrDefault(rows.getLong(1), List.of())));
                    }
                }
            }
        });
        return out;
    }
}
