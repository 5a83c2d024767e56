package org.crosscheck.db.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.NameKey;
import org.crosscheck.db.reconcile.FiledMentions;

/**
 * An editor's corrections of who is who, in the caller's transaction: two rows that are one actor are merged, an
 * alias that names another actor is split off into its own row, a missing alias is added. Each change returns the
 * claims whose statements now name other entities, so reconciliation can rerun for exactly those.
 */
@ApplicationScoped
public class EntityChanges {

    /** Why a split cannot be made. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** The entity a split made and the claims that moved to it. */
    public record Split(long entityId, List<Long> claims) {
    }

    private static final String ALL_IDS = "(actor_ids || participant_ids || place_ids || setting_ids)";

    private final Sql sql;
    private final FiledMentions filing;

    EntityChanges(EntityManager entityManager, FiledMentions filing) {
        this.sql = new Sql(entityManager);
        this.filing = filing;
    }

    /** Adds an alias by an editor; false when the entity already has it. */
    public boolean addAlias(long entityId, String alias) {
        return sql.update("INSERT INTO entity_alias (entity_id, alias, alias_key, added_by) VALUES (?, ?, ?, 'editor') "
                + "ON CONFLICT (entity_id, alias_key) DO NOTHING", entityId, alias.strip(), NameKey.of(alias)) > 0;
    }

    /**
     * Folds {@code gone} into {@code kept}: its names become aliases of {@code kept}, its mentions, attributions
     * and claims name {@code kept}, and the row stays, marked merged, so links to it still lead somewhere.
     */
    public List<Long> merge(long kept, long gone) {
        // Reconciliation's turn: an extraction that resolved its actors before this merge commits first (its claims
        // are then rewritten here), and one starting after waits and finds the merged entity.
        filing.lock();
        // Propositions before claims, each in id order: the order an extraction writes them in, so a merge and an
        // extraction running at once wait for each other instead of deadlocking (which failed the extraction).
        sql.list("SELECT id FROM proposition WHERE actor_entity_id = ? ORDER BY id FOR NO KEY UPDATE", r -> r.getLong(1), gone);
        sql.update("UPDATE proposition SET actor_entity_id = ? WHERE actor_entity_id = ?", kept, gone);
        List<Long> claims = sql.list("SELECT id FROM claim WHERE " + ALL_IDS + " @> ARRAY[?::bigint] ORDER BY id", r -> r.getLong(1), gone);
        replaceInClaims(claims, gone, kept);
        sql.update("UPDATE attribution SET speaker_entity_id = ? WHERE speaker_entity_id = ?", kept, gone);
        sql.update("UPDATE entity_mention SET entity_id = ? WHERE entity_id = ?", kept, gone);
        sql.update("INSERT INTO entity_alias (entity_id, alias, alias_key, added_by) SELECT ?, alias, alias_key, 'editor' FROM entity_alias "
                + "WHERE entity_id = ? ON CONFLICT (entity_id, alias_key) DO NOTHING", kept, gone);
        sql.one("SELECT name FROM entity WHERE id = ?", r -> r.getString(1), gone).ifPresent(name -> addAlias(kept, name));
        sql.update("UPDATE entity SET merged_into_id = ?, updated_at = now(), version = version + 1 WHERE id = ? OR merged_into_id = ?",
                kept, gone, gone);
        touch(kept);
        return claims;
    }

    /**
     * Splits the alias off into an entity of its own (same kind and country): the mentions written that way move to
     * it, with the attributions they are the speaker of, and the claims of every document that named the old
     * entity only that way.
     */
    public Split splitAlias(long entityId, long aliasId) {
        filing.lock(); // as in merge: no extraction resolves names while they move
        record Named(String kind, String name, String country) {
        }
        Named old = sql.one("SELECT kind, name, country FROM entity WHERE id = ?", r -> new Named(r.getString(1), r.getString(2), r.getString(3)),
                entityId).orElseThrow(() -> new Refused("no such entity"));
        String alias = sql.one("SELECT alias FROM entity_alias WHERE id = ? AND entity_id = ?", r -> r.getString(1), aliasId, entityId)
                .orElseThrow(() -> new Refused("no such alias of this entity"));
        String aliasKey = NameKey.of(alias);
        if (aliasKey.equals(NameKey.of(old.name()))) {
            throw new Refused("'" + alias + "' is the entity's own name: split off another alias, or merge instead");
        }
        // The same key as extraction gives an actor of this kind, country and name, so later articles find the new row.
        String key = old.kind() + "|" + (old.country() == null ? "" : NameKey.of(old.country())) + "|" + aliasKey;
        if (sql.count("SELECT count(*) FROM entity WHERE key = ?", key) > 0) {
            throw new Refused("an entity named '" + alias + "' already exists: merge with it instead");
        }
        long created = sql.one("INSERT INTO entity (kind, name, country, key) VALUES (?, ?, ?, ?) RETURNING id", r -> r.getLong(1),
                old.kind(), alias.strip(), old.country(), key).orElseThrow();
        sql.update("UPDATE entity_alias SET entity_id = ?, added_by = 'editor' WHERE id = ?", created, aliasId);
        Map<Long, Long> movedMentions = new LinkedHashMap<>();
        sql.list("SELECT id, document_id, text FROM entity_mention WHERE entity_id = ?", r -> {
            if (NameKey.of(r.getString(3)).equals(aliasKey)) {
                movedMentions.put(r.getLong(1), r.getLong(2));
            }
            return null;
        }, entityId);
        List<Long> moved = new ArrayList<>(movedMentions.keySet());
        sql.update("UPDATE entity_mention SET entity_id = ? WHERE id = ANY (?)", created, moved);
        sql.update("UPDATE attribution a SET speaker_entity_id = ? WHERE a.speaker_entity_id = ? AND EXISTS (SELECT 1 FROM entity_mention m "
                + "WHERE m.id = ANY (?) AND m.document_id = a.document_id AND m.start_offset = a.speaker_start_offset "
                + "AND m.end_offset = a.speaker_end_offset)", created, entityId, moved);
        List<Long> documents = sql.list("SELECT DISTINCT m.document_id FROM entity_mention m WHERE m.id = ANY (?) AND NOT EXISTS "
                + "(SELECT 1 FROM entity_mention o WHERE o.document_id = m.document_id AND o.entity_id = ?)", r -> r.getLong(1), moved, entityId);
        List<Long> claims = sql.list("SELECT id FROM claim WHERE document_id = ANY (?) AND " + ALL_IDS + " @> ARRAY[?::bigint] ORDER BY id",
                r -> r.getLong(1), documents, entityId);
        replaceInClaims(claims, entityId, created);
        touch(entityId);
        return new Split(created, claims);
    }

    /**
     * The words of the given claims and of every claim that shares a proposition with one of them: what
     * reconciliation needs to rewrite the propositions they form now.
     */
    public Map<Long, String> claimsToReconcile(List<Long> claims) {
        Map<Long, String> texts = new LinkedHashMap<>();
        sql.list("SELECT c.id, c.text FROM claim c WHERE c.id = ANY (?) OR c.proposition_id IN (SELECT proposition_id FROM claim "
                + "WHERE id = ANY (?) AND proposition_id IS NOT NULL)", r -> texts.put(r.getLong(1), r.getString(2)), claims, claims);
        return texts;
    }

    /** Marks the entity changed, so a page drawn before the change can no longer change it. */
    public void touch(long entityId) {
        sql.update("UPDATE entity SET updated_at = now(), version = version + 1 WHERE id = ?", entityId);
    }

    private void replaceInClaims(List<Long> claims, long from, long to) {
        if (claims.isEmpty()) {
            return;
        }
        sql.update("UPDATE claim SET actor_ids = " + replaced("actor_ids") + ", participant_ids = " + replaced("participant_ids")
                + ", place_ids = " + replaced("place_ids") + ", setting_ids = " + replaced("setting_ids")
                + ", actor_entity_id = CASE WHEN actor_entity_id = ? THEN ? ELSE actor_entity_id END WHERE id = ANY (?)",
                from, to, from, to, from, to, from, to, from, to, claims);
    }

    /** The column with one id replaced by another, each id once, in the order first seen. */
    private static String replaced(String column) {
        return "ARRAY(SELECT x FROM unnest(array_replace(" + column + ", ?::bigint, ?::bigint)) WITH ORDINALITY u(x, n) GROUP BY x ORDER BY min(n))";
    }
}
