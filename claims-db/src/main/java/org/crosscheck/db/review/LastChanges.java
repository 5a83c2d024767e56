package org.crosscheck.db.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Who last changed an item and when, from the audit log: what a refused stale save tells the editor. */
@ApplicationScoped
public class LastChanges {

    public record Change(String actor, OffsetDateTime at) {
    }

    private final Sql sql;

    LastChanges(EntityManager entityManager) {
        this.sql = new Sql(entityManager);
    }

    public Optional<Change> of(String itemType, long itemId) {
        return sql.one("SELECT actor, at FROM audit_entry WHERE item_type = ? AND item_id = ? ORDER BY id DESC LIMIT 1",
                r -> new Change(r.getString(1), r.getObject(2, OffsetDateTime.class)), itemType, Long.toString(itemId));
    }
}
