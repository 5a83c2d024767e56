package org.crosscheck.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.crosscheck.db.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged platform as a newcomer runs it: nothing configured, so the embedded PostgreSQL starts on the data
 * directory; a stop (SIGTERM) leaves no server behind; the next start finds the data of the first.
 */
class ServeLifecycleIT {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void dataOutlivesARestartAndNoDatabaseServerOutlivesTheStop() throws Exception {
        int databasePort = PackagedPlatform.freePort();

        String database = "jdbc:postgresql://localhost:" + databasePort + "/crosscheck";

        Process first = start(databasePort);
        awaitReady(first);
        long demoDocuments;
        try (Connection connection = DriverManager.getConnection(database, "postgres", "")) {
            demoDocuments = count(connection, "SELECT count(*) FROM document");
            connection.createStatement().execute("INSERT INTO outlet (name, name_key) VALUES ('The Kept Gazette', 'the kept gazette')");
        }
        assertThat(demoDocuments).as("the demo story is stored on first start").isPositive();
        String firstLog = Files.readString(lastLog);
        assertThat(firstLog).as("the first start prints the first administrator's one-time password")
                .containsPattern("one-time password, shown only now, is: [a-zA-Z2-9]{20} ");
        stop(first);
        assertThat(postgresProcessesOn(dataDirectory)).as("postgres left running after stop").isEmpty();

        Process second = start(databasePort);
        awaitReady(second);
        try (Connection connection = DriverManager.getConnection(database, "postgres", "")) {
            assertThat(count(connection, "SELECT count(*) FROM outlet WHERE name = 'The Kept Gazette'")).isEqualTo(1);
            assertThat(count(connection, "SELECT count(*) FROM document")).as("the demo story is not stored again").isEqualTo(demoDocuments);
            assertThat(count(connection, "SELECT count(*) FROM app_user WHERE username = 'admin'")).isEqualTo(1);
            assertThat(Files.readString(lastLog)).as("a password is printed once, never again").doesNotContain("one-time password");
        } finally {
            stop(second);
        }
        assertThat(postgresProcessesOn(dataDirectory)).isEmpty();
    }

    @Test
    void aConfiguredServerIsUsedAndNothingEmbeddedStarts() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.startFresh()) {
            Process platform = start(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", external.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", ""));
            try {
                awaitReady(platform);
                assertThat(postgresProcessesOn(dataDirectory)).isEmpty();
                assertThat(Files.exists(dataDirectory.resolve("postgres"))).isFalse();
                try (Connection connection = DriverManager.getConnection(external.jdbcUrl());
                     ResultSet migrated = connection.createStatement().executeQuery("SELECT max(version) FROM flyway_schema_history")) {
                    assertThat(migrated.next()).isTrue();
                    assertThat(migrated.getString(1)).isNotNull();
                }
            } finally {
                stop(platform);
            }
        }
    }

    private int httpPort;
    private Path lastLog;

    private static long count(Connection connection, String sql) throws java.sql.SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Process start(int databasePort) throws IOException {
        return start(Map.of("CROSSCHECK_DATABASE_PORT", Integer.toString(databasePort)));
    }

    private Process start(Map<String, String> environment) throws IOException {
        httpPort = PackagedPlatform.freePort();
        lastLog = dataDirectory.getParent().resolve("serve-" + httpPort + ".log");
        ProcessBuilder builder = new ProcessBuilder(PackagedPlatform.javaExecutable(), "-Dquarkus.http.port=" + httpPort, "-jar", RUNNER.toString())
                .redirectErrorStream(true)
                .redirectOutput(lastLog.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("CROSSCHECK_DATA_DIR", dataDirectory.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Waits for readiness, then returns the front page. */
    private String awaitReady(Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the platform exited during start-up").isTrue();
            try {
                HttpResponse<String> ready = client.send(request("/q/health/ready"), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return client.send(request("/"), HttpResponse.BodyHandlers.ofString()).body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("not ready within " + READY_WITHIN);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).timeout(Duration.ofSeconds(5)).build();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM, as Ctrl-C or a service manager would
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the platform stops on SIGTERM").isTrue();
    }

    private static List<ProcessHandle> postgresProcessesOn(Path dataDirectory) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(dataDirectory.toString())).orElse(false))
                .toList();
    }


}
