package org.crosscheck.web;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.util.EnumSet;
import java.util.UUID;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.security.ApiKeys;
import org.crosscheck.web.security.Password;

/** The newsroom's people and programs as tests need them: accounts ready to sign in, and an API key for writes. */
public final class Newsroom {

    public static final String PASSWORD = "correct horse battery";

    private static String apiKey;

    private Newsroom() {
    }

    /** A request from a program holding a valid API key. */
    public static RequestSpecification apiClient() {
        return given().header("X-Api-Key", apiKey());
    }

    public static synchronized String apiKey() {
        if (apiKey == null) {
            apiKey = issueKey("test suite");
        }
        return apiKey;
    }

    /** A new key, issued by a new admin account. */
    public static String issueKey(String name) {
        Account issuer = member("key-issuer", Role.ADMIN);
        return Arc.container().instance(ApiKeys.class).get().issue(name, issuer.id, issuer.username).secret();
    }

    /** A new account (username {@code prefix-RANDOM}) with {@link #PASSWORD}, which it may use at once. */
    public static Account member(String prefix, Role... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        EnumSet<Role> held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(AccountRepository.class).get()
                .create(username, "Member " + username, Password.hash(PASSWORD), held, false));
    }

    /** Waits until the background extraction has finished with a document, and fails if it ended in an error. */
    public static void awaitExtracted(long document) {
        java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofSeconds(60));
        while (java.time.Instant.now().isBefore(deadline)) {
            try (java.sql.Connection c = Arc.container().instance(io.agroal.api.AgroalDataSource.class).get().getConnection();
                 java.sql.PreparedStatement select = c.prepareStatement(
                         "SELECT coalesce(extraction_error, '') FROM document WHERE id = ? AND extracted_at IS NOT NULL")) {
                select.setLong(1, document);
                try (java.sql.ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        if (!row.getString(1).isEmpty()) {
                            throw new AssertionError("extraction of document " + document + " failed: " + row.getString(1));
                        }
                        return;
                    }
                }
                Thread.sleep(100);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        throw new AssertionError("document " + document + " was not extracted in time");
    }
}
