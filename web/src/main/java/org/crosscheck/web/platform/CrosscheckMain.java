package org.crosscheck.web.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the platform. Before Quarkus boots, the database is settled: an external PostgreSQL when its URL is
 * configured, otherwise the embedded one on the data directory, stopped again after Quarkus has shut down.
 */
@QuarkusMain
public class CrosscheckMain {

    public static void main(String... args) {
        try (DatabaseChoice database = DatabaseChoice.fromEnvironment()) {
            database.announce();
            Quarkus.run(args);
        } catch (org.crosscheck.db.embedded.EmbeddedDatabaseException e) {
            System.err.println("crosscheck: " + e.getMessage());
            System.exit(1);
        }
    }
}
