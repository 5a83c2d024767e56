package org.crosscheck.web.api.claims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.web.PostgresTestResource;
import org.crosscheck.web.publication.Newsdesk;
import org.crosscheck.web.publication.Stories;
import org.crosscheck.web.publication.Stories.Collapse;
import org.junit.jupiter.api.Test;

/**
 * Lookup answers kept in memory never outlive the data they show: a verdict published or an article stored through
 * this server is in the very next answer (the tests run with a data version check interval of an hour, so only the
 * server's own record of its writes can make them pass), and a kept answer is only ever given for the same question.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LookupCacheTest {

    private static Collapse story;

    static synchronized Collapse story() {
        if (story == null) {
            story = Stories.collapse("Brenvik", "Jonas", "Halvorsen", "Northgate");
        }
        return story;
    }

    private static Response ask(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/api/claims").then().statusCode(200).extract().response();
    }

    /** Asks until the answer comes from memory: a background write in between rightly makes one answer fresh. */
    private static Response askAgainFromMemory(Map<String, ?> parameters) {
        Response again = ask(parameters);
        for (int i = 0; i < 5 && !"hit".equals(again.header(ClaimResource.CACHE_HEADER)); i++) {
            again = ask(parameters);
        }
        assertThat(again.header(ClaimResource.CACHE_HEADER)).isEqualTo("hit");
        return again;
    }

    @Test
    void aVerdictPublishedAfterALookupIsInTheNextAnswer() {
        Collapse s = story();
        Map<String, Object> question = Map.of("q", "300 people were injured in Brenvik", "outlet", s.dailyOutlet());
        long figure = Newsdesk.propositionOf(s.daily(), "300 people");
        Response before = ask(question);
        Response kept = askAgainFromMemory(question);
        assertThat(kept.asString()).isEqualTo(before.asString());
        assertThat(kept.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(kept.jsonPath().getString("items.find { it.id == " + figure + " }.verdict")).isNull();

        Newsdesk.publish(figure, "brenvik-300-injured", "false", "No, 300 were not injured in Brenvik", "Officials counted at least 30.");

        Response after = ask(question);
        assertThat(after.header(ClaimResource.CACHE_HEADER)).isEqualTo("miss");
        assertThat(after.jsonPath().getString("items.find { it.id == " + figure + " }.verdict.rating.code")).isEqualTo("false");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        given().queryParams(question).header("If-None-Match", before.header("ETag")).get("/api/claims").then().statusCode(200);
        given().queryParams(question).header("If-None-Match", after.header("ETag")).get("/api/claims").then().statusCode(304)
                .header("Cache-Control", "public, max-age=60");
    }

    @Test
    void anArticleStoredAfterALookupIsFoundByTheNextOne() {
        story();
        Map<String, Object> question = Map.of("q", "Quarrington ferry capsized");
        assertThat(ask(question).jsonPath().getList("items")).isEmpty();
        assertThat(askAgainFromMemory(question).jsonPath().getList("items")).isEmpty();

        Newsdesk.article("Ferry capsizes off Quarrington\n\nA passenger ferry capsized off Quarrington on Sunday, the coastguard said.\n",
                "Harbour Gazette", "2024-06-02", null);

        assertThat(ask(question).jsonPath().getList("items.proposition", String.class)).anyMatch(p -> p.contains("Quarrington"));
    }

    @Test
    void anAnswerIsKeptForTheSameQuestionOnlyAndEveryFilterPageAndSizeIsAnotherQuestion() {
        Collapse s = story();
        Map<String, Object> question = Map.of("q", "Brenvik footbridge collapsed injured", "limit", 1);
        Response first = ask(question);
        String cursor = first.jsonPath().getString("next");
        assertThat(cursor).isNotNull();
        Response kept = askAgainFromMemory(Map.of("q", "  Brenvik   footbridge collapsed\tinjured ", "limit", 1));
        assertThat(kept.asString()).as("spacing does not make another question").isEqualTo(first.asString());

        Map<String, Map<String, Object>> others = Map.of(
                "limit", with(question, "limit", 2),
                "outlet", with(question, "outlet", s.postOutlet()),
                "since", with(question, "since", "2024-05-09"),
                "entity", with(question, "entity", mayor(s)),
                "rating", with(question, "rating", "false"),
                "cursor", with(question, "cursor", cursor));
        others.forEach((changed, other) -> {
            Response answer = ask(other);
            assertThat(answer.header(ClaimResource.CACHE_HEADER)).as(changed).isEqualTo("miss");
            assertThat(askAgainFromMemory(other).asString()).as(changed).isEqualTo(answer.asString());
        });
        assertThat(ask(others.get("cursor")).jsonPath().getLong("items[0].id")).isNotEqualTo(first.jsonPath().getLong("items[0].id"));
        assertThat(ask(others.get("limit")).jsonPath().getList("items")).hasSize(2);
        assertThat(first.jsonPath().getString("links.next")).contains("cursor=" + cursor).contains("limit=1")
                .contains("q=Brenvik+footbridge+collapsed+injured");
    }

    private static long mayor(Collapse s) {
        return given().queryParam("q", "Halvorsen").get("/api/entities").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.name == '" + s.mayor() + "' }.id");
    }

    private static Map<String, Object> with(Map<String, Object> question, String name, Object value) {
        Map<String, Object> changed = new HashMap<>(question);
        changed.put(name, value);
        return changed;
    }
}
