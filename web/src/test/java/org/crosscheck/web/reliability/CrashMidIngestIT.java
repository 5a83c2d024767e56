package org.crosscheck.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.db.embedded.EmbeddedDatabase;
import org.crosscheck.ingest.bench.GenerateArticles;
import org.crosscheck.web.platform.PackagedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process is killed (SIGKILL, no shutdown hook) in the middle of a large batch: only whole documents are left,
 * and running the batch again completes it without a duplicate.
 */
class CrashMidIngestIT {

    private static final int ARTICLES = 1500;
    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @TempDir
    Path work;

    @Test
    void aKilledBatchLeavesOnlyWholeDocumentsAndARerunCompletesIt() throws Exception {
        Path articles = Files.createDirectories(work.resolve("articles"));
        GenerateArticles.main(new String[] {articles.toString(), Integer.toString(ARTICLES), "7"});
        int databasePort = PackagedPlatform.freePort();
        String url = "jdbc:postgresql://localhost:" + databasePort + "/crosscheck";

        Process batch = ingest(articles, databasePort, work.resolve("first.log"));
        awaitDocuments(url, 150, batch);
        batch.destroyForcibly(); // SIGKILL mid-batch
        assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long stored;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            stored = count(c, "SELECT count(*) FROM document");
            assertThat(stored).as("the kill came mid-batch").isBetween(150L, ARTICLES - 1L);
            assertThat(count(c, "SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM body_range b WHERE b.document_id = d.id)"))
                    .as("documents without their body ranges").isZero();
            assertThat(count(c, "SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.document_id = d.id)"))
                    .as("documents without their sentences").isZero();
        }

        Process rerun = ingest(articles, databasePort, work.resolve("second.log"));
        assertThat(rerun.waitFor(600, TimeUnit.SECONDS)).as("the rerun finishes").isTrue();
        String second = Files.readString(work.resolve("second.log"));
        int added = number(second, "ingested [0-9]+ files: new ([0-9]+)");
        int duplicates = number(second, "files: new [0-9]+ .*?, duplicate ([0-9]+)");

        Process again = ingest(articles, databasePort, work.resolve("third.log"));
        assertThat(again.waitFor(600, TimeUnit.SECONDS)).isTrue();
        String third = Files.readString(work.resolve("third.log"));
        assertThat(number(third, "ingested [0-9]+ files: new ([0-9]+)")).as("nothing is left to add:%n%s", third).isZero();

        // The rerun stored the rest of the batch exactly once.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("data").resolve("postgres"), databasePort);
             Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
            assertThat(count(c, "SELECT count(*) FROM document")).as("first run's documents plus the rerun's new ones").isEqualTo(stored + added);
            assertThat(count(c, "SELECT count(*) - count(DISTINCT sha256) FROM document")).isZero();
        }
        assertThat(duplicates).as("the rerun found the documents stored before the kill").isGreaterThanOrEqualTo((int) stored);
    }

    private Process ingest(Path articles, int databasePort, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(PackagedPlatform.javaExecutable(), "-jar", RUNNER.toString(), "ingest", articles.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("CROSSCHECK_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("CROSSCHECK_DATABASE_PORT", Integer.toString(databasePort));
        return builder.start();
    }

    private static void awaitDocuments(String url, long atLeast, Process batch) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(batch.isAlive()).as("the batch ended before it could be killed").isTrue();
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                if (count(c, "SELECT count(*) FROM document") >= atLeast) {
                    return;
                }
            } catch (java.sql.SQLException notYet) {
                // the server or the schema is not there yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + atLeast + " documents after 3 minutes");
    }

    private static long count(Connection c, String sql) throws java.sql.SQLException {
        try (ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        assertThat(m.find()).as("%s in:%n%s", regex, output).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
