package org.crosscheck.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.db.audit.AuditLog;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The tests configure no admin password, so the start they share is the newcomer's first start. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class FirstAdministratorTest {

    private static final List<String> WELL_KNOWN = List.of("", "admin", "Admin", "password", "changeme", "crosscheck", "admin123",
            "administrator", "secret", "123456", "admin@123", "letmein");

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    FirstAdministrator first;

    @Test
    void theFirstStartCreatesAnAdministratorWithNoWellKnownPassword() {
        Account admin = QuarkusTransaction.requiringNew().call(() -> accounts.findByUsername(FirstAdministrator.USERNAME).orElseThrow());
        assertThat(admin.roles).contains(Role.ADMIN, Role.EDITOR, Role.PUBLISHER);
        assertThat(admin.passwordChangeRequired).as("a generated password is for one sign-in only").isTrue();
        assertThat(admin.passwordHash).startsWith("$2");
        for (String guess : WELL_KNOWN) {
            assertThat(Password.matches(guess, admin.passwordHash)).as("password is '%s'", guess).isFalse();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> audit.find("action = ?1 and itemId = ?2", "account.create",
                admin.id.toString()).firstResult().actor)).isEqualTo("system");
    }

    @Test
    void aSecondStartCreatesNoSecondAdministrator() {
        long before = QuarkusTransaction.requiringNew().call(accounts::count);
        assertThat(QuarkusTransaction.requiringNew().call(first::ensure)).isEmpty();
        long after = QuarkusTransaction.requiringNew().call(accounts::count);
        assertThat(after).isEqualTo(before);
    }
}
