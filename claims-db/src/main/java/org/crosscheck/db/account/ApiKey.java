package org.crosscheck.db.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.crosscheck.db.IdentifiedEntity;

/**
 * A key a program uses to send articles. The key itself is shown once, when it is made; only its SHA-256 is kept,
 * so a copy of the database lets no one write. A revoked key stays listed, for the record.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends IdentifiedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "key_hash", nullable = false, unique = true)
    public String keyHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false)
    public Account createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public boolean revoked() {
        return revokedAt != null;
    }
}
