package org.crosscheck.db.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.db.IdentifiedEntity;

/** A newsroom member who signs in to the editor workspace. Only a bcrypt hash of the password is kept. */
@Entity
@Table(name = "app_user")
public class Account extends IdentifiedEntity {

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public boolean disabled;

    @Column(name = "password_change_required", nullable = false)
    public boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    // A handful of roles per account, needed on every request: fetched with the account.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Convert(converter = RoleCode.class)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** The roles in their fixed order (editor, publisher, admin), for pages and logs that list them. */
    public List<Role> rolesInOrder() {
        return roles.stream().sorted().toList();
    }
}
