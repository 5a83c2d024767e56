package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.crosscheck.db.NameKey;

/**
 * Actors by name: any alias ever seen, matched by trigram similarity (a misspelt or partial name still finds them);
 * an entity merged into another is answered by the survivor.
 */
@ApplicationScoped
public class EntityLookup {

    public record EntityRecord(long id, String kind, String name, String country, String wikidata, List<String> aliases, double similarity,
                               int claims) {
    }

    private final AgroalDataSource database;

    EntityLookup(AgroalDataSource database) {
        this.database = database;
    }

    public List<EntityRecord> find(String name, int limit) {
        String key = NameKey.of(name);
        return Sql.read(database, sql -> sql.list("WITH hit AS (SELECT coalesce(e.merged_into_id, e.id) AS id, max(greatest("
                + "similarity(a.alias_key, ?), word_similarity(?, a.alias_key))) AS similarity FROM entity_alias a JOIN entity e "
                + "ON e.id = a.entity_id WHERE a.alias_key % ? OR a.alias_key = ? OR ? <% a.alias_key GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?) "
                + "SELECT e.id, e.kind, e.name, e.country, e.wikidata_id, (SELECT array_agg(a.alias ORDER BY a.alias) FROM entity_alias a "
                + "JOIN entity m ON m.id = a.entity_id WHERE m.id = e.id OR m.merged_into_id = e.id), h.similarity, "
                + "(SELECT count(*) FROM proposition p WHERE p.actor_entity_id = e.id) FROM hit h JOIN entity e ON e.id = h.id "
                + "ORDER BY h.similarity DESC, e.id",
                row -> new EntityRecord(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        Sql.texts(row, 6), Math.round(row.getDouble(7) * 1000) / 1000.0, row.getInt(8)), key, key, key, key, key, limit));
    }
}
