package org.crosscheck.db.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.crosscheck.db.IdentifiedEntity;

/**
 * A conflict as an editor reviews it: open until confirmed, dismissed (with the reason, which the schema requires)
 * or resolved into a verdict. Reconciliation refreshes the explanation and sides but never the review.
 */
@Entity
@Table(name = "conflict")
public class Conflict extends IdentifiedEntity {

    public static final String OPEN = "open";
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";
    public static final String RESOLVED = "resolved";

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false, updatable = false)
    public String severity;

    @Column(nullable = false, updatable = false)
    public String explanation;

    @Column(nullable = false)
    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "proposition_id", updatable = false)
    public Long propositionId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
