package org.crosscheck.db.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** An actor as an editor checks it: its names, where it is mentioned, what it is reported to have said. */
@ApplicationScoped
public class EntityFiles {

    public record Summary(long id, String kind, String name, String country, String wikidata, Long mergedIntoId, String mergedIntoName,
                          long claims, long version) {
    }

    public record Alias(long id, String alias, String addedBy) {
    }

    public record MentionLine(long documentId, String title, String outlet, int start, int end, String text) {
    }

    public record AttributionLine(long documentId, String title, String outlet, String cue, String stance, String content) {
    }

    public record Candidate(long id, String name, String kind, String country) {
    }

    static final int LISTED = 200;

    private final Sql sql;

    EntityFiles(EntityManager entityManager) {
        this.sql = new Sql(entityManager);
    }

    public Optional<Summary> summary(long id) {
        return sql.one("SELECT e.id, e.kind, e.name, e.country, e.wikidata_id, e.merged_into_id, m.name, (SELECT count(*) FROM claim c "
                + "WHERE (c.actor_ids || c.participant_ids || c.place_ids || c.setting_ids) @> ARRAY[e.id]), e.version FROM entity e "
                + "LEFT JOIN entity m ON m.id = e.merged_into_id WHERE e.id = ?", r -> new Summary(r.getLong(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), Sql.longOrNull(r, 6), r.getString(7), r.getLong(8), r.getLong(9)), id);
    }

    public List<Alias> aliases(long entityId) {
        return sql.list("SELECT id, alias, added_by FROM entity_alias WHERE entity_id = ? ORDER BY alias_key",
                r -> new Alias(r.getLong(1), r.getString(2), r.getString(3)), entityId);
    }

    public Optional<Alias> alias(long entityId, long aliasId) {
        return sql.one("SELECT id, alias, added_by FROM entity_alias WHERE entity_id = ? AND id = ?",
                r -> new Alias(r.getLong(1), r.getString(2), r.getString(3)), entityId, aliasId);
    }

    public List<MentionLine> mentions(long entityId) {
        return sql.list("SELECT m.document_id, d.title, o.name, m.start_offset, m.end_offset, m.text FROM entity_mention m "
                + "JOIN document d ON d.id = m.document_id LEFT JOIN outlet o ON o.id = d.outlet_id WHERE m.entity_id = ? "
                + "ORDER BY m.document_id DESC, m.start_offset LIMIT " + LISTED,
                r -> new MentionLine(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getString(6)), entityId);
    }

    public List<AttributionLine> attributions(long entityId) {
        return sql.list("SELECT a.document_id, d.title, o.name, a.cue, a.stance, a.content FROM attribution a "
                + "JOIN document d ON d.id = a.document_id LEFT JOIN outlet o ON o.id = d.outlet_id WHERE a.speaker_entity_id = ? "
                + "ORDER BY a.document_id DESC, a.content_start_offset LIMIT " + LISTED,
                r -> new AttributionLine(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)), entityId);
    }

    /** Entities of the same kind whose name or an alias contains what was typed: candidates to merge into this one. */
    public List<Candidate> candidates(Summary entity, String typed) {
        return sql.list("SELECT e.id, e.name, e.kind, e.country FROM entity e WHERE e.merged_into_id IS NULL AND e.id <> ? AND e.kind = ? "
                + "AND (fold_text(e.name) LIKE '%' || fold_text(?) || '%' OR EXISTS (SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id "
                + "AND a.alias_key LIKE '%' || fold_text(?) || '%')) ORDER BY length(e.name), e.id LIMIT 20",
                r -> new Candidate(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), entity.id(), entity.kind(), typed, typed);
    }
}
