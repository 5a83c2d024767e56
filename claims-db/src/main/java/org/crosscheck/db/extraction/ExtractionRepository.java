package org.crosscheck.db.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.db.Jdbc;
import org.crosscheck.db.NameKey;

/**
 * Who said what, stored per document after ingest: actors (one row per actor across articles, found again by kind,
 * country and folded name), their aliases, attributions with their spans, and claim mentions.
 */
@ApplicationScoped
public class ExtractionRepository {

    public record Actor(String kind, String name, String country, String wikidata, List<String> aliases) {
    }

    public record Span(int start, int end, String text) {
    }

    public record AttributionRow(long documentId, Long speaker, Span speakerMention, String cue, String stance, boolean direct, Span content) {
    }

    public record DateValue(LocalDate first, LocalDate last, String precision) {
    }

    /** {@code dayWithoutYear}: "--03-14" when the date is a day and month an undated article gives without a year. */
    public record ClaimRow(long documentId, String kind, Span span, Long actor, String action, String object, DateValue date,
                           String dayWithoutYear, Figure figure, String key, Reconciled reconciled) {
    }

    /** A figure as stated: its interval (an open bound has no high end), qualifier and counted noun. */
    public record Figure(BigDecimal low, BigDecimal high, String qualifier, String unit) {
    }

    /**
     * What reconciliation compares for a claim mention (see core's Statement): predicate class, whether who acts
     * defines it, whether it is a demand, the entity ids of its actors, other participants, places and the story's
     * setting, and its wording key.
     */
    public record Reconciled(String predicate, boolean agentive, boolean demanded, List<Long> actors, List<Long> participants,
                             List<Long> places, List<Long> setting, String statementKey) {
    }

    private final EntityManager entityManager;

    ExtractionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An attribution as a page shows it: the speaker's name (if resolved) and the exact spans. */
    public record StoredAttribution(String speaker, String cue, String stance, boolean direct, int start, int end, String content) {
    }

    /** The document's attributions in reading order. */
    public List<StoredAttribution> attributionsOf(long documentId) {
        List<StoredAttribution> found = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT e.name, a.cue, a.stance, a.direct, a.content_start_offset, "
                    + "a.content_end_offset, a.content FROM attribution a LEFT JOIN entity e ON e.id = a.speaker_entity_id "
                    + "WHERE a.document_id = ? ORDER BY a.content_start_offset, a.id")) {
                query.setLong(1, documentId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new StoredAttribution(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                                rows.getInt(5), rows.getInt(6), rows.getString(7)));
                    }
                }
            }
        });
        return found;
    }

    /** The next documents waiting for extraction, locked for this transaction; others skip them. */
    public List<Long> claimPending(int limit) {
        List<Long> ids = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM document WHERE extracted_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        });
        return ids;
    }

    /**
     * The actor's row: the one with the same kind, country and name; else the only actor of that kind (and country,
     * where both are known) already seen under this name as an alias — a surname-only or differently written mention
     * in another article; else a new row. New aliases are added to it.
     */
    public long actor(Actor actor) {
        String key = actor.kind() + "|" + (actor.country() == null ? "" : NameKey.of(actor.country())) + "|" + NameKey.of(actor.name());
        long[] id = new long[1];
        work(connection -> {
            id[0] = existingByKey(connection, key).or(() -> onlyActorKnownAs(connection, actor)).orElse(-1L);
            if (id[0] < 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entity (kind, name, country, wikidata_id, key) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET wikidata_id = coalesce(entity.wikidata_id, excluded.wikidata_id) RETURNING id")) {
                    insert.setString(1, actor.kind());
                    insert.setString(2, actor.name());
                    insert.setString(3, actor.country());
                    insert.setString(4, actor.wikidata());
                    insert.setString(5, key);
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        id[0] = rows.getLong(1);
                    }
                }
            }
            id[0] = survivor(connection, id[0]);
            try (PreparedStatement alias = connection.prepareStatement("INSERT INTO entity_alias (entity_id, alias, alias_key) VALUES (?, ?, ?) "
                    + "ON CONFLICT (entity_id, alias_key) DO NOTHING")) {
                for (String name : actor.aliases()) {
                    if (!name.isBlank()) {
                        alias.setLong(1, id[0]);
                        alias.setString(2, name);
                        alias.setString(3, NameKey.of(name));
                        alias.addBatch();
                    }
                }
                alias.executeBatch();
            }
        });
        return id[0];
    }

    private static java.util.Optional<Long> existingByKey(Connection connection, String key) {
        return single(connection, "SELECT id FROM entity WHERE key = ?", key);
    }

    /** Countries must not differ: two bodies of one name in two countries are two actors, whatever their aliases. */
    private static java.util.Optional<Long> onlyActorKnownAs(Connection connection, Actor actor) {
        return single(connection, "SELECT DISTINCT e.id FROM entity e JOIN entity_alias a ON a.entity_id = e.id "
                + "WHERE a.alias_key = ? AND e.kind = ? AND (?::text IS NULL OR e.country IS NULL OR e.country = ?) LIMIT 2",
                NameKey.of(actor.name()), actor.kind(), actor.country(), actor.country());
    }

    /** The one id the query finds, or none when it finds none or several (ambiguous: better two rows than a false merge). */
    private static java.util.Optional<Long> single(Connection connection, String sql, String... values) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return java.util.Optional.empty();
                }
                long id = rows.getLong(1);
                return rows.next() ? java.util.Optional.empty() : java.util.Optional.of(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("actor lookup failed: " + e.getMessage(), e);
        }
    }

    public void attribution(AttributionRow row) {
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attribution (document_id, speaker_entity_id, "
                    + "speaker_start_offset, speaker_end_offset, cue, stance, direct, content_start_offset, content_end_offset, content) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, row.documentId());
                Jdbc.setLong(insert, 2, row.speaker());
                Jdbc.setInt(insert, 3, row.speakerMention() == null ? null : row.speakerMention().start());
                Jdbc.setInt(insert, 4, row.speakerMention() == null ? null : row.speakerMention().end());
                insert.setString(5, row.cue());
                insert.setString(6, row.stance());
                insert.setBoolean(7, row.direct());
                insert.setInt(8, row.content().start());
                insert.setInt(9, row.content().end());
                insert.setString(10, row.content().text());
                insert.executeUpdate();
            }
            if (row.speaker() != null && row.speakerMention() != null) {
                try (PreparedStatement mention = connection.prepareStatement(
                        "INSERT INTO entity_mention (document_id, entity_id, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)")) {
                    mention.setLong(1, row.documentId());
                    mention.setLong(2, row.speaker());
                    mention.setInt(3, row.speakerMention().start());
                    mention.setInt(4, row.speakerMention().end());
                    mention.setString(5, row.speakerMention().text());
                    mention.executeUpdate();
                }
            }
        });
    }

    /** Stores a claim mention and returns its id. */
    public long claim(ClaimRow row) {
        long[] id = new long[1];
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO claim (document_id, kind, start_offset, end_offset, text, "
                    + "actor_entity_id, action, object_text, date_first, date_last, date_precision, number_low, number_high, "
                    + "number_qualifier, number_unit, key, predicate, agentive, demanded, actor_ids, participant_ids, place_ids, "
                    + "setting_ids, statement_key, day_without_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "RETURNING id")) {
                insert.setLong(1, row.documentId());
                insert.setString(2, row.kind());
                insert.setInt(3, row.span().start());
                insert.setInt(4, row.span().end());
                insert.setString(5, row.span().text());
                Jdbc.setLong(insert, 6, row.actor());
                insert.setString(7, row.action());
                insert.setString(8, row.object());
                insert.setObject(9, row.date() == null ? null : row.date().first());
                insert.setObject(10, row.date() == null ? null : row.date().last());
                insert.setString(11, row.date() == null ? null : row.date().precision());
                Figure figure = row.figure();
                insert.setBigDecimal(12, figure == null ? null : figure.low());
                insert.setBigDecimal(13, figure == null ? null : figure.high());
                insert.setString(14, figure == null ? null : figure.qualifier());
                insert.setString(15, figure == null ? null : figure.unit());
                insert.setString(16, row.key());
                Reconciled r = row.reconciled();
                insert.setString(17, r.predicate());
                insert.setBoolean(18, r.agentive());
                insert.setBoolean(19, r.demanded());
                insert.setArray(20, connection.createArrayOf("bigint", r.actors().toArray()));
                insert.setArray(21, connection.createArrayOf("bigint", r.participants().toArray()));
                insert.setArray(22, connection.createArrayOf("bigint", r.places().toArray()));
                insert.setArray(23, connection.createArrayOf("bigint", r.setting().toArray()));
                insert.setString(24, r.statementKey());
                insert.setString(25, row.dayWithoutYear());
                try (var keys = insert.executeQuery()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
            }
        });
        return id[0];
    }

    /** An entity an editor merged into another is found again under its old key: its mentions go to the survivor. */
    private static long survivor(Connection connection, long entity) throws SQLException {
        try (PreparedStatement chain = connection.prepareStatement("WITH RECURSIVE chain AS (SELECT id, merged_into_id, 0 AS depth FROM entity "
                + "WHERE id = ? UNION ALL SELECT e.id, e.merged_into_id, c.depth + 1 FROM entity e JOIN chain c ON e.id = c.merged_into_id "
                + "WHERE c.depth < 50) SELECT id FROM chain WHERE merged_into_id IS NULL LIMIT 1")) {
            chain.setLong(1, entity);
            try (ResultSet rows = chain.executeQuery()) {
                return rows.next() ? rows.getLong(1) : entity;
            }
        }
    }

    /** Marks the document as extracted (with the reason when extraction failed, so it is not retried forever). */
    public void markExtracted(long documentId, String error) {
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE document SET extracted_at = now(), extraction_error = ? WHERE id = ?")) {
                update.setString(1, error);
                update.setLong(2, documentId);
                update.executeUpdate();
            }
        });
    }

    private void work(Jdbc.Work work) {
        Jdbc.work(entityManager, work);
    }
}
