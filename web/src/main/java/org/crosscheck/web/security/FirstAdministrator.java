package org.crosscheck.web.security;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumSet;
import java.util.Optional;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.db.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a start with no administrator, creates the account {@code admin} with every role. Its password is
 * {@code crosscheck.admin.password} when set (it must meet the password rules); otherwise a random one-time
 * password, printed once in the log and to be replaced at first sign-in. There is no default password in any mode.
 */
@ApplicationScoped
class FirstAdministrator {

    static final String USERNAME = "admin";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Optional<String> configured;
    private final boolean enabled;

    FirstAdministrator(AccountRepository accounts, AuditLog audit,
                       @ConfigProperty(name = "crosscheck.admin.password") Optional<String> configured,
                       @ConfigProperty(name = "crosscheck.admin.bootstrap", defaultValue = "true") boolean enabled) {
        this.accounts = accounts;
        this.audit = audit;
        this.configured = configured.filter(p -> !p.isEmpty());
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().call(this::ensure).ifPresent(password -> Log.warnf(
                    "Created the first administrator account '%s'. Its one-time password, shown only now, is: %s"
                            + " -- sign in at /sign-in and choose a new one.", USERNAME, password));
        }
    }

    /** Creates the administrator when none exists; returns the generated password, if one was generated. */
    Optional<String> ensure() {
        if (accounts.anyAdministrator()) {
            return Optional.empty();
        }
        if (accounts.findByUsername(USERNAME).isPresent()) {
            Log.errorf("No account holds the admin role, and the name '%s' is taken by an account without it; grant the role in the database.",
                    USERNAME);
            return Optional.empty();
        }
        configured.flatMap(Password::problemWith).ifPresent(problem -> {
            throw new IllegalStateException("crosscheck.admin.password is not acceptable: " + problem);
        });
        String password = configured.orElseGet(Password::generate);
        var admin = accounts.create(USERNAME, "Administrator", Password.hash(password), EnumSet.allOf(Role.class), configured.isEmpty());
        audit.record("system", "account.create", "account", admin.id, "first administrator, roles " + Accounts.codes(admin.roles));
        return configured.isPresent() ? Optional.empty() : Optional.of(password);
    }
}
