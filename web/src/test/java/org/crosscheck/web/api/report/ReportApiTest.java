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
}
