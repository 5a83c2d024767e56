package org.crosscheck.web.api.claims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.crosscheck.web.PostgresTestResource;
import org.crosscheck.web.publication.Newsdesk;
import org.crosscheck.web.publication.Stories;
import org.crosscheck.web.publication.Stories.Collapse;
import org.junit.jupiter.api.Test;

/** "Has this been checked?" asked of stored claims: ranking, filters, paging, ids that keep their meaning, errors. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ClaimLookupApiTest {

    private static Collapse story;

    static synchronized Collapse story() {
        if (story == null) {
            story = Stories.collapse("Kelmor", "Anika", "Solberg", "Lakeside");
        }
        return story;
    }

    private static JsonPath lookup(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/api/claims").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60").extract().jsonPath();
    }

    @Test
    void aFigureAskedInOtherWordsFindsTheStoredPropositionWithItsOutletsAndTheConflictingCount() {
        Collapse s = story();
        JsonPath found = lookup(Map.of("q", "how many people were injured? at least 30", "outlet", s.courierOutlet().toUpperCase()));
        assertThat(found.getString("items[0].proposition")).isEqualTo("At least 30 people were injured in Kelmor");
        assertThat(found.getList("items[0].outlets", String.class)).containsExactlyInAnyOrder(s.courierOutlet(), s.postOutlet());
        assertThat(found.getInt("items[0].independentCount")).isEqualTo(2);
        assertThat(found.getString("items[0].conflicts[0].kind")).isEqualTo("number");
        assertThat(found.getString("items[0].conflicts[0].severity")).isEqualTo("high");
        assertThat(found.getString("items[0].links.provenance")).endsWith("/api/claims/" + found.getLong("items[0].id") + "/provenance");
        assertThat(found.getString("items[0].verdict")).isNull();
    }

    @Test
    void namingTheActorByAnAliasLiftsTheClaimsHeActsIn() {
        Collapse s = story();
        // "solbergs" stems like "solberg" but is nobody's alias: the same words, without the actor named
        List<Map<String, Object>> named = lookup(Map.of("q", "Anika Solberg", "since", "2024-05-07")).getList("items");
        List<Map<String, Object>> unnamed = lookup(Map.of("q", "Anika Solbergs", "since", "2024-05-07")).getList("items");
        Map<String, Object> his = named.stream().filter(i -> i.get("actor") != null && ((Map<?, ?>) i.get("actor")).get("name").equals(s.mayor()))
                .findFirst().orElseThrow(() -> new AssertionError("no claim with the mayor as actor: " + named));
        double lifted = ((Number) his.get("score")).doubleValue() - score(unnamed, his.get("id"));
        assertThat(lifted).isGreaterThan(0.2);
        assertThat(named.get(0).get("id")).isEqualTo(his.get("id"));
    }

    private static double score(List<Map<String, Object>> items, Object id) {
        return items.stream().filter(i -> i.get("id").equals(id)).map(i -> ((Number) i.get("score")).doubleValue()).findFirst().orElse(0.0);
    }

    @Test
    void filtersNarrowTheListToAnEntityAnOutletADateAndARating() {
        Collapse s = story();
        long mayor = given().queryParam("q", "Solbrg").get("/api/entities").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.name == '" + s.mayor() + "' }.id");
        List<Map<String, Object>> his = lookup(Map.of("entity", mayor, "limit", 100)).getList("items");
        assertThat(his).isNotEmpty().allSatisfy(i -> assertThat((String) i.get("proposition")).contains("Solberg"));

        List<String> late = lookup(Map.of("q", "injured", "since", "2024-05-09", "outlet", s.postOutlet())).getList("items.proposition");
        assertThat(late).containsExactly("At least 30 people were injured in Kelmor");
        assertThat(lookup(Map.of("q", "injured", "since", "2024-05-10", "outlet", s.postOutlet())).getList("items")).isEmpty();

        long figure = Newsdesk.propositionOf(s.daily(), "300 people");
        Newsdesk.publish(figure, "kelmor-300-injured", "false", "No, 300 were not injured in Kelmor", "Officials counted at least 30.");
        JsonPath rated = lookup(Map.of("rating", "false", "outlet", s.dailyOutlet()));
        assertThat(rated.getList("items.id", Long.class)).containsExactly(figure);
        assertThat(rated.getString("items[0].verdict.rating.code")).isEqualTo("false");
        assertThat(rated.getString("items[0].links.factCheck")).endsWith("/fact-checks/kelmor-300-injured");
        assertThat(lookup(Map.of("rating", "true", "outlet", s.dailyOutlet())).getList("items")).isEmpty();
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeatsAndACursorBelongsToItsQuery() {
        story();
        List<Long> all = lookup(Map.of("q", "Kelmor footbridge injured inquiry", "limit", 100)).getList("items.id", Long.class);
        assertThat(all).hasSizeGreaterThan(2);
        List<Long> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = cursor == null ? lookup(Map.of("q", "Kelmor footbridge injured inquiry", "limit", 2))
                    : lookup(Map.of("q", "Kelmor footbridge injured inquiry", "limit", 2, "cursor", cursor));
            paged.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("next");
        } while (cursor != null && paged.size() < 200);
        assertThat(paged).isEqualTo(all).doesNotHaveDuplicates();
        assertThat(new HashSet<>(paged)).hasSameSizeAs(all);

        String next = lookup(Map.of("q", "Kelmor footbridge injured inquiry", "limit", 1)).getString("next");
        given().queryParam("q", "something else").queryParam("cursor", next).get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("cursor"));
        given().queryParam("cursor", "not-a-cursor").get("/api/claims").then().statusCode(400).body("field", equalTo("cursor"));
    }

    @Test
    void withoutTextTheNewestClaimsComeFirst() {
        story();
        List<Long> ids = lookup(Map.of("limit", 5)).getList("items.id", Long.class);
        assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void parametersTheApiCannotUseAreRefusedNamingTheParameter() {
        Map<String, String> bad = Map.of("limit", "0", "since", "last tuesday", "entity", "-3", "rating", "pants-on-fire", "q", "x".repeat(1001));
        bad.forEach((name, value) -> given().queryParam(name, value).get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo(name)).body("status", equalTo(400)));
        given().queryParam("limit", "101").get("/api/claims").then().statusCode(400).body("field", equalTo("limit"));
        given().queryParam("entity", "seven").get("/api/claims").then().statusCode(400).body("field", equalTo("entity"));
        given().queryParam("since", "2024-02-30").get("/api/claims").then().statusCode(400).body("field", equalTo("since"));
        given().queryParam("cursor", "MXxCUk9BRHwxLjV8N3xmZmZmZmZmZmZmZmY").get("/api/claims").then().statusCode(400).body("field", equalTo("cursor"));
    }

    @Test
    void anOutletNoArticleCameFromIsRefusedRatherThanAnsweredWithNothing() {
        story();
        given().queryParam("q", "injured").queryParam("outlet", "The Nowhere Gazette").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("outlet"))
                .body("detail", org.hamcrest.Matchers.containsString("outlet"));
        given().queryParam("outlet", "  " + story().postOutlet().toLowerCase() + " ").get("/api/claims").then().statusCode(200);
    }

    @Test
    void aClaimOnItsOwnListsEveryMentionWithTheExactTextOfItsSpan() {
        Collapse s = story();
        long id = Newsdesk.propositionOf(s.courier(), "At least 30");
        JsonPath claim = given().get("/api/claims/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getList("mentions.document", Long.class)).containsExactlyInAnyOrder(s.courier(), s.post());
        assertThat(claim.getString("reconciliationVersion")).isNotBlank();
        for (Map<String, Object> m : claim.<Map<String, Object>>getList("mentions")) {
            String text = given().get("/api/documents/" + m.get("document")).then().statusCode(200).extract().path("text");
            assertThat(text.substring((Integer) m.get("start"), (Integer) m.get("end"))).isEqualTo(m.get("text"));
        }
        given().get("/api/claims/999999999").then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/claims/abc").then().statusCode(400).body("field", equalTo("id"));
    }

    @Test
    void anUnchangedAnswerIsNotSentAgain() {
        story();
        String tag = given().queryParam("q", "Kelmor").get("/api/claims").then().statusCode(200).extract().header("ETag");
        assertThat(tag).isNotBlank();
        given().queryParam("q", "Kelmor").header("If-None-Match", tag).get("/api/claims").then().statusCode(304);
        given().queryParam("q", "Kelmor inquiry").header("If-None-Match", tag).get("/api/claims").then().statusCode(200);
    }

    @Test
    void anIdReconciliationMergedAwayLeadsToItsSuccessorAndOneSplitSaysWhere() {
        long survivor = proposition("zzsurvivor");
        long merged = retiredInto("zzmerged", List.of(survivor));
        given().redirects().follow(false).get("/api/claims/" + merged).then().statusCode(308)
                .header("Location", startsWith("http")).header("Location", org.hamcrest.Matchers.endsWith("/api/claims/" + survivor));
        given().redirects().follow(false).get("/api/claims/" + merged + "/provenance").then().statusCode(308)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/claims/" + survivor + "/provenance"));

        long other = proposition("zzother");
        long split = retiredInto("zzsplit", List.of(survivor, other));
        given().get("/api/claims/" + split).then().statusCode(410).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(survivor + ", " + other));
    }

    /** A proposition made up for the test, with one mention, so that no real claim changes group. */
    private static long proposition(String word) {
        long id = Long.parseLong(Newsdesk.strings("INSERT INTO proposition (key, text, kind, reconciliation_version) "
                + "VALUES (?, ?, 'EVENT', 'test') RETURNING id::text", word + "-" + System.nanoTime(), word + " happened").get(0));
        Newsdesk.strings("INSERT INTO claim (document_id, proposition_id, kind, start_offset, end_offset, text, key) "
                + "VALUES (?, ?, 'EVENT', 0, 5, ?, ?) RETURNING id::text", story().courier(), id, word, word);
        return id;
    }

    /**
     * A proposition retired as reconciliation retires one: its mentions are pointed at live propositions by one
     * UPDATE, then it is deleted.
     */
    private static long retiredInto(String word, List<Long> successors) {
        long retired = proposition(word);
        for (int i = 1; i < successors.size(); i++) {
            Newsdesk.strings("INSERT INTO claim (document_id, proposition_id, kind, start_offset, end_offset, text, key) "
                    + "VALUES (?, ?, 'EVENT', 0, 5, ?, ?) RETURNING id::text", story().courier(), retired, word, word);
        }
        List<String> mentions = Newsdesk.strings("SELECT id::text FROM claim WHERE proposition_id = ? ORDER BY id", retired);
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < mentions.size(); i++) {
            cases.append(" WHEN id = ").append(mentions.get(i)).append(" THEN ").append(successors.get(i));
        }
        Newsdesk.strings("UPDATE claim SET proposition_id = CASE" + cases + " END WHERE proposition_id = ? RETURNING id::text", retired);
        Newsdesk.strings("DELETE FROM proposition WHERE id = ? RETURNING id::text", retired);
        return retired;
    }
}
