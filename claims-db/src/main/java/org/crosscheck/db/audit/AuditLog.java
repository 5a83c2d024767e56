package org.crosscheck.db.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    /** Records an action in the caller's transaction, so the log line and the change commit together. */
    public AuditEntry record(String actor, String action, String itemType, Object itemId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.actor = actor;
        entry.action = action;
        entry.itemType = itemType;
        entry.itemId = itemId == null ? null : itemId.toString();
        entry.detail = detail;
        persist(entry);
        return entry;
    }

    /** One page of the log, newest first. */
    public List<AuditEntry> newestFirst(int page, int size) {
        return find("order by id desc").page(page, size).list();
    }
}
