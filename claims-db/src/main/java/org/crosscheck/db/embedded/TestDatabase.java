package org.crosscheck.db.embedded;

import java.util.Map;
import java.util.Optional;

/**
 * The database a test run uses: the external server named by {@code QUARKUS_DATASOURCE_JDBC_URL} (with
 * {@code QUARKUS_DATASOURCE_USERNAME}/{@code _PASSWORD}) when set, otherwise a fresh embedded PostgreSQL, migrated by
 * its owner and used by the application's own role, as the launcher does.
 */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String applicationJdbcUrl;
    private final String applicationUsername;

    private TestDatabase(EmbeddedDatabase embedded, String jdbcUrl, String username, String password, String applicationJdbcUrl,
                         String applicationUsername) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.applicationJdbcUrl = applicationJdbcUrl;
        this.applicationUsername = applicationUsername;
    }

    public static TestDatabase start() {
        return start(System.getenv());
    }

    static TestDatabase start(Map<String, String> environment) {
        Optional<String> external = Optional.ofNullable(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).filter(url -> !url.isBlank());
        if (external.isPresent()) {
            String user = environment.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "");
            return new TestDatabase(null, external.get(), user, environment.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""), external.get(), user);
        }
        EmbeddedDatabase fresh = EmbeddedDatabase.startFresh();
        return new TestDatabase(fresh, fresh.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.TRUSTED_PASSWORD, fresh.applicationJdbcUrl(),
                EmbeddedDatabase.APPLICATION_USER);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Where and as whom the application connects: its own role on the embedded server; the given user on an external one. */
    public String applicationJdbcUrl() {
        return applicationJdbcUrl;
    }

    public String applicationUsername() {
        return applicationUsername;
    }

    /** Whether the application runs under a role of its own, apart from the owner that migrates the schema. */
    public boolean separatesApplicationRole() {
        return !applicationUsername.equals(username);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
