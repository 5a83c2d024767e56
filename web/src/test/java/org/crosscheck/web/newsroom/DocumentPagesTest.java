package org.crosscheck.web.newsroom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DocumentPagesTest {

    @Test
    void aStoredArticleIsListedAndShownWithItsHashAndMetadata() {
        String title = "Ferry fares frozen " + UUID.randomUUID();
        String text = "The island council froze ferry fares for another year, its transport chair said on Friday.\n\n"
                + "\"Families here cannot absorb another rise,\" the chair, Liv Moen, told the council meeting.\n";
        int id = Newsroom.apiClient().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", title, "outlet", "The Island Times", "published", "2024-02-09"))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        given().when().get("/documents").then().statusCode(200)
                .body(containsString(title)).body(containsString("The Island Times"));
        given().when().get("/documents/" + id).then().statusCode(200)
                .body(containsString(org.crosscheck.core.text.ContentHash.sha256(text)))
                .body(containsString("2024-02-09"))
                .body(containsString("transport chair said on Friday"));
    }

    @Test
    void storedMarkupIsShownAsTextNeverRun() {
        String text = "Officials said the <script>alert('x')</script> tag was found in a press release on Monday.\n\n"
                + "The ministry said the release had been corrected and apologised for the error on Tuesday.\n";
        int id = Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", text, "title", "<img src=x onerror=alert(1)>"))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        given().when().get("/documents/" + id).then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;"))
                .body(not(containsString("<img src=x")));
    }

    @Test
    void extractedClaimsAndAttributionsAreMarkedInTheTextAndLeadToTheirPropositionAndSpeaker() {
        Stories.Pair story = Stories.twoParliaments("Norway", "Sweden");
        long proposition = Desk.number("SELECT proposition_id FROM claim WHERE document_id = " + story.other()
                + " AND proposition_id IS NOT NULL ORDER BY start_offset LIMIT 1");
        long attribution = Desk.number("SELECT id FROM attribution WHERE document_id = " + story.other() + " ORDER BY id LIMIT 1");
        String page = given().when().get("/documents/" + story.other()).then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page)
                .containsPattern("<a class=\"(body|chrome) claim[^\"]*\" id=\"c-[0-9]+\" href=\"/propositions/" + proposition + "\"")
                .containsPattern("<a class=\"body claim attributed\" id=\"c-[0-9]+\" href=\"/propositions/[0-9]+\"")
                .contains("id=\"attribution-" + attribution + "\"", "<span class=\"chrome\">", "claim mentions");
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        given().when().get("/documents/987654321").then().statusCode(404);
    }
}
