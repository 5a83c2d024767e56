package org.crosscheck.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.crosscheck.db.embedded.EmbeddedDatabase;
import org.crosscheck.web.platform.PackagedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database stops while the platform runs: readiness goes down, requests get a quick 503 problem instead of
 * hanging, and when the database returns the platform recovers by itself, with every acknowledged write kept.
 */
class DatabaseOutageIT {

    /** A request during the outage must be answered within this (the pool gives up after its acquisition timeout). */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(4);

    @TempDir
    Path work;

    @Test
    void aDatabaseThatGoesAwayAndComesBackCostsNoAcknowledgedWrite() throws Exception {
        Path databaseDirectory = work.resolve("external-postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(databaseDirectory, 0);
        int port = database.port();
        String url = database.jdbcUrl();
        PackagedPlatform platform = PackagedPlatform.start(work.resolve("data"), Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER, "QUARKUS_DATASOURCE_PASSWORD", "", "CROSSCHECK_DEMO_ENABLED", "false"));
        try {
            platform.awaitReady();
            String key = PackagedPlatform.apiKey(url);
            HttpResponse<String> before = platform.postJson("/api/articles", article("Before the outage"), key);
            assertThat(before.statusCode()).as(before.body()).isEqualTo(201);

            database.close();

            Instant asked = Instant.now();
            HttpResponse<String> during = platform.postJson("/api/articles", article("During the outage"), key);
            assertThat(Duration.between(asked, Instant.now())).as("answered quickly, no hung request").isLessThan(ANSWERED_WITHIN);
            assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
            assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(during.headers().firstValue("Retry-After")).isPresent();
            assertThat(during.body()).contains("database-unavailable").doesNotContain("Exception").doesNotContain("at org.");
            awaitStatus(platform, "/q/health/ready", 503);

            database = EmbeddedDatabase.start(databaseDirectory, port);

            awaitStatus(platform, "/q/health/ready", 200);
            HttpResponse<String> after = platform.postJson("/api/articles", article("After the outage"), key);
            assertThat(after.statusCode()).as("recovered without a restart: %s", after.body()).isEqualTo(201);
            try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                 ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM document WHERE title IN ('Before the outage', 'After the outage')")) {
                rows.next();
                assertThat(rows.getLong(1)).as("both acknowledged writes are stored").isEqualTo(2);
            }
        } finally {
            platform.stop();
            database.close();
        }
    }

    private static String article(String title) {
        return "{\"title\": \"" + title + "\", \"outlet\": \"The Night Desk\", \"published\": \"2024-06-03\", \"text\": \"" + title
                + "\\n\\nThe harbour authority said on Monday that the northern pier would reopen in July after repairs to the sea wall.\"}";
    }

    private static void awaitStatus(PackagedPlatform platform, String path, int status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = platform.get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", within 30 s:\n" + platform.log());
    }
}
