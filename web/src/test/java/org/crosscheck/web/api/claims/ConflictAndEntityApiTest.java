package org.crosscheck.web.api.claims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.web.PostgresTestResource;
import org.crosscheck.web.publication.Newsdesk;
import org.crosscheck.web.publication.Stories;
import org.crosscheck.web.publication.Stories.Collapse;
import org.junit.jupiter.api.Test;

/** Conflicts with both sides and where each was published; actors found by any name they were reported under. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConflictAndEntityApiTest {

    private static Collapse story;

    static synchronized Collapse story() {
        if (story == null) {
            story = Stories.collapse("Quarrow", "Leni", "Haverkamp", "Ridgeway");
        }
        return story;
    }

    @Test
    void thirtyAgainstThreeHundredIsOneConflictNamingBothSidesTheirOutletsAndTheirClaims() {
        Collapse s = story();
        long figure = Newsdesk.propositionOf(s.daily(), "300 people");
        JsonPath page = given().queryParam("claim", figure).get("/api/conflicts").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.kind")).containsExactly("number");
        assertThat(page.getString("items[0].severity")).isEqualTo("high");
        assertThat(page.getList("items[0].sides.outlet")).contains(s.courierOutlet(), s.dailyOutlet());
        assertThat(page.getList("items[0].sides.claim", Long.class)).contains(figure);
        long id = page.getLong("items[0].id");
        given().get("/api/conflicts/" + id).then().statusCode(200).body("id", equalTo((int) id)).header("ETag", org.hamcrest.Matchers.notNullValue());
        given().get("/api/conflicts/999999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/conflicts/x").then().statusCode(400).contentType("application/problem+json");
        JsonPath claim = given().get("/api/claims/" + figure).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getList("conflicts.id", Long.class)).contains(id);
    }

    @Test
    void conflictsFilterByKindSeverityAndStatusAndPageByCursor() {
        story();
        Stories.collapse("Quarrowby", "Jonas", "Feld", "Tideline");
        List<Map<String, Object>> high = given().queryParams(Map.of("kind", "number", "severity", "high", "status", "open")).get("/api/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(high).hasSizeGreaterThanOrEqualTo(2).allSatisfy(c -> assertThat(c).containsEntry("kind", "number").containsEntry("severity", "high"));
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("kind", "number").queryParam("limit", 1);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/conflicts").then().statusCode(200)
                    .extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null && paged.size() < 100);
        assertThat(paged).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
        for (String bad : List.of("kind=opinion", "severity=extreme", "status=closed", "claim=0", "limit=500", "cursor=zzz")) {
            String name = bad.substring(0, bad.indexOf('='));
            given().urlEncodingEnabled(false).get("/api/conflicts?" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo(name));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMisspeltNameStillFindsTheActorWithEveryAlias() {
        Collapse s = story();
        JsonPath found = given().queryParam("q", "Haverkmap").get("/api/entities").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items.name")).contains(s.mayor());
        Map<String, Object> mayor = found.<Map<String, Object>>getList("items").stream().filter(e -> e.get("name").equals(s.mayor())).findFirst()
                .orElseThrow();
        assertThat((List<Object>) mayor.get("aliases")).contains("Haverkamp", "Mayor Leni Haverkamp");
        assertThat(((Map<?, ?>) mayor.get("links")).get("claims").toString()).endsWith("/api/claims?entity=" + mayor.get("id"));
        given().get("/api/entities").then().statusCode(400).body("field", equalTo("q"));
        given().queryParam("q", "Haverkamp").queryParam("limit", "0").get("/api/entities").then().statusCode(400).body("field", equalTo("limit"));
    }
}
