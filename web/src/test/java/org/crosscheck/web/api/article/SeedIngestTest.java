package org.crosscheck.web.api.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Ingest rules on the real seed articles (read from ../shared at test time) and copies made from them. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedIngestTest {

    static final Path SEEDS = Path.of(System.getProperty("crosscheck.shared", "../../shared"), "seeds");

    @Inject
    DocumentRepository documents;

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static int post(String text) {
        return Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
    }

    @Test
    void aRepublishedCopyUnderANewHeadlineAndOtherChromeIsLinkedToItsOriginal() throws IOException {
        String original = Files.readString(seeds().get(2));
        int originalId = post(original);
        String body = original.substring(original.indexOf('\n') + 1);
        String copy = "Regional Desk | Latest | Opinion\nA new headline written by the republishing site\n"
                + body + "\nSign up for our morning briefing\nMost read: Ferry timetable changes announced\n";
        Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", copy, "outlet", "The Republishing Site"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("syndicatedFrom", equalTo(originalId));
    }

    @Test
    void aCopyThatNamesItsOriginalIsLinkedToItEvenWhenRewritten() throws IOException {
        String original = Files.readString(seeds().get(3));
        int originalId = Newsroom.apiClient().contentType(ContentType.JSON)
                .body(Map.of("text", original, "url", "https://wire.example/stories/original-for-declared-copy"))
                .when().post("/api/articles").then().statusCode(oneOf(200, 201)).extract().path("id");
        String rewritten = "Rewritten by the partner desk\n\nThe partner desk retold the wire's report in its own words for its "
                + "readers, keeping only its facts and none of its sentences.\n";
        Newsroom.apiClient().contentType(ContentType.JSON)
                .body(Map.of("text", rewritten, "syndicatedFrom", "https://wire.example/stories/original-for-declared-copy"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("syndicatedFrom", equalTo(originalId));
    }

    @Test
    void ingestingTheSeedsTwiceAddsNothing() throws IOException {
        for (Path seed : seeds()) {
            post(Files.readString(seed));
        }
        long after = count();
        for (Path seed : seeds()) {
            Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", Files.readString(seed)))
                    .when().post("/api/articles").then().statusCode(200);
        }
        assertThat(count()).isEqualTo(after);
    }

    @Test
    void twoEditorsPastingTheSameArticleAtOnceMakeOneDocument() throws Exception {
        String text = Files.readString(seeds().get(4)) + "\nAppended note so this text is new to the database.\n";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> post(text));
            }
            List<Integer> ids = new ArrayList<>();
            for (Future<Integer> id : pool.invokeAll(posts)) {
                ids.add(id.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Transactional
    long count() {
        return documents.count();
    }
}
