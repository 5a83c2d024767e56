package org.crosscheck.db.outlet;

import org.crosscheck.db.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A publication that articles come from. {@code nameKey} is the folded name, so "AL JAZEERA" and "Al Jazeera" are one outlet. */
@Entity
@Table(name = "outlet")
public class Outlet extends IdentifiedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false, unique = true)
    public String nameKey;

    @Column(name = "home_url")
    public String homeUrl;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
