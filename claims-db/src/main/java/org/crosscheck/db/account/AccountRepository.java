package org.crosscheck.db.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Whether any account, enabled or not, holds the admin role: the first start creates one only when none does. */
    public boolean anyAdministrator() {
        return count("select count(a) from Account a join a.roles r where r = ?1", Role.ADMIN) > 0;
    }

    public List<Account> listByUsername() {
        return list("order by username");
    }

    public Account create(String username, String displayName, String passwordHash, Set<Role> roles, boolean passwordChangeRequired) {
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = passwordHash;
        account.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        account.passwordChangeRequired = passwordChangeRequired;
        persist(account);
        return account;
    }
}
