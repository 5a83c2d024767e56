package org.crosscheck.web.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.db.embedded.EmbeddedDatabase;

/**
 * Which PostgreSQL the platform uses. {@code quarkus.datasource.jdbc.url} (or {@code QUARKUS_DATASOURCE_JDBC_URL})
 * names an external server; without it an embedded server runs on {@code crosscheck.data-dir}
 * (or {@code CROSSCHECK_DATA_DIR}; default {@code ./data}) in its {@code postgres} subdirectory.
 */
final class DatabaseChoice implements AutoCloseable {

    static final String DEFAULT_DATA_DIR = "data";

    /** The choice made at start-up, for the shutdown observer; empty under tests, whose resource owns the database. */
    private static volatile DatabaseChoice current;

    private final EmbeddedDatabase embedded;
    private final String description;

    private DatabaseChoice(EmbeddedDatabase embedded, String description) {
        this.embedded = embedded;
        this.description = description;
    }

    static DatabaseChoice fromEnvironment() {
        current = choose(System.getenv(), System.getProperties());
        return current;
    }

    static Optional<DatabaseChoice> current() {
        return Optional.ofNullable(current);
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    static DatabaseChoice choose(Map<String, String> environment, java.util.Properties properties) {
        Optional<String> external = setting(environment, properties, "quarkus.datasource.jdbc.url");
        if (external.isPresent()) {
            return new DatabaseChoice(null, "external PostgreSQL at " + external.get());
        }
        Path dataDirectory = Path.of(setting(environment, properties, "crosscheck.data-dir").orElse(DEFAULT_DATA_DIR));
        int port = setting(environment, properties, "crosscheck.database-port").map(Integer::parseInt).orElse(0);
        long minimumFree = setting(environment, properties, "crosscheck.data-dir.minimum-free-mb").map(mb -> Long.parseLong(mb) * 1024 * 1024)
                .orElse(EmbeddedDatabase.DEFAULT_MINIMUM_FREE_BYTES);
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), port, minimumFree);
        // System properties outrank application.properties, so the pool connects to the server just started: as the
        // application's own role, while the schema is migrated by its owner (see V9: the audit log stays append-only).
        System.setProperty("quarkus.datasource.jdbc.url", embedded.applicationJdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.APPLICATION_USER);
        System.setProperty("quarkus.datasource.password", "");
        System.setProperty("quarkus.flyway.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.flyway.password", EmbeddedDatabase.TRUSTED_PASSWORD);
        return new DatabaseChoice(embedded, "embedded PostgreSQL on port " + embedded.port() + ", data in " + embedded.dataDirectory());
    }

    /** A property is set as a system property or as its environment-variable form (dots and dashes to underscores). */
    static Optional<String> setting(Map<String, String> environment, java.util.Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            value = environment.get(name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    void announce() {
        System.out.println("crosscheck: using " + description);
    }

    /** Stops the embedded server, once, whichever of normal exit and shutdown signal comes first. */
    @Override
    public synchronized void close() {
        if (embedded != null && !closed) {
            closed = true;
            embedded.close();
        }
    }

    private boolean closed;
}
