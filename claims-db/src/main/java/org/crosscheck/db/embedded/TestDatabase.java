package org.crosscheck.db.embedded;

import java.util.Map;
import java.util.Optional;

/**
 * The database a test run uses: the external server named by {@code QUARKUS_DATASOURCE_JDBC_URL} (with
 * {@code QUARKUS_DATASOURCE_USERNAME}/{@code _PASSWORD}) when set, otherwise a fresh embedded PostgreSQL.
 */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private TestDatabase(EmbeddedDatabase embedded, String jdbcUrl, String username, String password) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase start() {
        return start(System.getenv());
    }

    static TestDatabase start(Map<String, String> environment) {
        Optional<String> external = Optional.ofNullable(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).filter(url -> !url.isBlank());
        if (external.isPresent()) {
            return new TestDatabase(null, external.get(),
                    environment.getOrDefault("QUARKUS_DATASOURCE_USERNAME", ""),
                    environment.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
        }
        EmbeddedDatabase fresh = EmbeddedDatabase.startFresh();
        return new TestDatabase(fresh, fresh.jdbcUrl(), EmbeddedDatabase.USER, "");
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

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
