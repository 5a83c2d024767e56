package org.crosscheck.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.db.audit.AuditLog;

/** Newsroom accounts: checking a password, creating, disabling, changing a password. Every change is audited. */
@ApplicationScoped
public class Accounts {

    private final AccountRepository accounts;
    private final EditorSessions sessions;
    private final AuditLog audit;

    Accounts(AccountRepository accounts, EditorSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Usernames are lower case in the schema; what a person types is folded to match. */
    public static String usernameOf(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The enabled account with this username and password; the same time is spent whether or not the name exists. */
    @Transactional
    public Optional<Account> verify(String username, String password) {
        Optional<Account> account = accounts.findByUsername(usernameOf(username)).filter(a -> !a.disabled);
        if (account.isEmpty()) {
            Password.checkAgainstDecoy(password);
            return Optional.empty();
        }
        return account.filter(a -> Password.matches(password, a.passwordHash));
    }

    @Transactional
    public void recordSignIn(Account account) {
        audit.record(account.username, "account.sign-in", "account", account.id, null);
    }

    /** A colleague's account with a password the admin chose; its owner must replace it at first sign-in. */
    @Transactional
    public Account create(String username, String displayName, String password, Set<Role> roles, String actor) {
        Account account = accounts.create(usernameOf(username), displayName.strip(), Password.hash(password), roles, true);
        audit.record(actor, "account.create", "account", account.id, "username " + account.username + ", roles " + codes(roles));
        return account;
    }

    /** Disables or re-enables an account; disabling ends its sessions at once. False when there is no such account. */
    @Transactional
    public boolean setDisabled(long id, boolean disabled, String actor) {
        Optional<Account> found = accounts.findByIdOptional(id);
        found.ifPresent(account -> {
            account.disabled = disabled;
            if (disabled) {
                sessions.closeAllOf(account);
            }
            audit.record(actor, disabled ? "account.disable" : "account.enable", "account", id, "username " + account.username);
        });
        return found.isPresent();
    }

    /**
     * Replaces the password of the signed-in account after checking the current one; every session of the account
     * ends (a thief holding one is out), and the token for a new one for this browser is returned.
     */
    @Transactional
    public Optional<String> changePassword(long id, String current, String replacement) {
        Account account = accounts.findById(id);
        if (account == null || account.disabled || !Password.matches(current, account.passwordHash)) {
            return Optional.empty();
        }
        account.passwordHash = Password.hash(replacement);
        account.passwordChangeRequired = false;
        sessions.closeAllOf(account);
        audit.record(account.username, "account.password-change", "account", id, null);
        return Optional.of(sessions.open(account));
    }

    public static String codes(Set<Role> roles) {
        return String.join(", ", roles.stream().sorted().map(r -> r.code).toList());
    }
}
