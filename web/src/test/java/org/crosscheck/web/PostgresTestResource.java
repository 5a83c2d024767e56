package org.crosscheck.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.crosscheck.db.embedded.TestDatabase;

/** Every Quarkus test runs on real PostgreSQL: a fresh embedded server, or the external one when configured. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = TestDatabase.start();
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", database.applicationJdbcUrl(),
                "quarkus.datasource.username", database.applicationUsername(),
                "quarkus.datasource.password", database.separatesApplicationRole() ? "" : database.password()));
        if (database.separatesApplicationRole()) {
            // The application runs as its own role, the schema is migrated by its owner: as the launcher does it.
            config.put("quarkus.flyway.username", database.username());
            config.put("quarkus.flyway.password", database.password());
        }
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
