package org.crosscheck.db.audit;

import org.crosscheck.db.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One line of the append-only activity log: who did what, when, to which item. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends IdentifiedEntity {

    @Column(nullable = false, insertable = false, updatable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "item_type", nullable = false)
    public String itemType;

    @Column(name = "item_id")
    public String itemId;

    public String detail;
}
