package org.crosscheck.web.api.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.analyze.AnalyzeCommand;
import org.crosscheck.ingest.analyze.ScorerRun;
import org.crosscheck.ingest.batch.BatchIngest;
import org.crosscheck.ingest.batch.BatchSummary;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The seeds stored through ingest give the report the offline analyze gives, and the scorer's ingest bar holds. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(ReportApiTest.FreshNewsroom.class)
class ReportApiTest {

    /** Its own profile, so the platform restarts on a fresh database holding only what this test stores. */
    public static class FreshNewsroom implements QuarkusTestProfile {
    }

    @Inject
    BatchIngest batch;

    @Test
    void storedSeedsReportAsTheOfflineAnalysisDoes() throws Exception {
        Path seeds = ScorerRun.shared().resolve("seeds");
        BatchSummary stored = batch.ingest(BatchIngest.articleFiles(List.of(seeds)), 2, "test", summary -> { });
        assertThat(stored.rejections()).isEmpty();

        String served = given().when().get("/api/report").then().statusCode(200).extract().asString();
        Path report = Path.of("target", "server-report.json");
        Files.writeString(report, served);

        ByteArrayOutputStream offline = new ByteArrayOutputStream();
        int exit = AnalyzeCommand.run(new String[] {seeds.toString()}, new PrintStream(offline, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode fromServer = json.readTree(served);
        assertThat(fromServer).isEqualTo(json.readTree(offline.toByteArray()));

        ScorerRun score = ScorerRun.scoreReport(ScorerRun.shared().resolve("gold/seeds.json"), seeds, report);
        System.out.println("server report on the seeds:\n" + score.output);
        assertThat(score.output).containsPattern("documents: outlet (\\d+)/\\1, date (\\d+)/\\2, boilerplate kept 0/");
    }

    @Test
    void aCopyDeclaredInItsSidecarIsStoredAndReportedAsTheOfflineAnalysisReportsIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("01-harbour-wire.txt"), "Harbour pilots end strike\n\nHarbour pilots in Valparaiso ended "
                + "their strike on Tuesday after the port authority agreed to hire twelve more pilots, the union said.\n");
        Files.writeString(dir.resolve("01-harbour-wire.meta.json"), "{\"outlet\": \"Harbour Wire\", \"published\": \"2025-06-10\"}");
        Files.writeString(dir.resolve("02-coast-post.txt"), "Pilots back at work\n\nThe pilots who steer ships into Valparaiso are "
                + "back at work, their union said, now that twelve more are to be hired.\n");
        Files.writeString(dir.resolve("02-coast-post.meta.json"), "{\"outlet\": \"Coast Post\", \"published\": \"2025-06-11\", "
                + "\"syndicated_from\": \"01-harbour-wire.txt\"}");
        BatchSummary stored = batch.ingest(BatchIngest.articleFiles(List.of(dir)), 2, "test", summary -> { });
        assertThat(stored.rejections()).isEmpty();

        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(given().when().get("/api/report").then().statusCode(200).extract().asString());
        ByteArrayOutputStream offline = new ByteArrayOutputStream();
        assertThat(AnalyzeCommand.run(new String[] {dir.toString()}, new PrintStream(offline, true, StandardCharsets.UTF_8), System.err)).isZero();
        JsonNode analysed = json.readTree(offline.toByteArray());

        for (JsonNode document : analysed.get("documents")) {
            JsonNode same = null;
            for (JsonNode candidate : served.get("documents")) {
                if (candidate.get("file").equals(document.get("file"))) {
                    same = candidate;
                }
            }
            assertThat(same).isEqualTo(document);
        }
        assertThat(analysed.get("documents").get(1).get("syndicated_from").asText()).isEqualTo("01-harbour-wire.txt");
    }
}
