package org.crosscheck.web.platform;

import io.quarkus.runtime.Quarkus;
import java.util.Arrays;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the platform. Before Quarkus boots, the database is settled: an external PostgreSQL when its URL is
 * configured, otherwise the embedded one on the data directory, stopped again after Quarkus has shut down.
 */
@QuarkusMain
public class CrosscheckMain {

    public static void main(String... args) {
        boolean ingest = args.length > 0 && args[0].equals("ingest");
        if (ingest && (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h"))) {
            System.out.println(IngestCommand.USAGE);
            return;
        }
        if (ingest) {
            // A one-shot command: no web server, and no demo articles mixed into the newsroom's own.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("crosscheck.demo.enabled", "false");
            // The first administrator is made by the server, which prints its password; a bulk import prints none.
            System.setProperty("crosscheck.admin.bootstrap", "false");
            // Extraction is left to the server's background worker, so bulk ingest has the cores to itself.
            System.setProperty("crosscheck.extraction.enabled", "false");
            System.setProperty("quarkus.log.console.level", "WARN");
        }
        try (DatabaseChoice database = DatabaseChoice.fromEnvironment()) {
            if (ingest) {
                Quarkus.run(IngestCommand.class, Arrays.copyOfRange(args, 1, args.length));
            } else {
                database.announce();
                Quarkus.run(args);
            }
        } catch (org.crosscheck.db.embedded.EmbeddedDatabaseException e) {
            System.err.println("crosscheck: " + e.getMessage());
            System.exit(1);
        }
    }
}
