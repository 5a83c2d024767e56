package org.crosscheck.web.api.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ArticleApiTest {

    @Inject
    DocumentRepository documents;

    static String article(String marker) {
        return "Harbour pilots ended their strike on Monday, the port authority said.\n\n"
                + "\"We have an agreement that protects safety,\" the pilots' union leader, Mara Lind, told reporters. "
                + "The authority said ships delayed by the strike would be cleared within three days. Reference " + marker + ".\n";
    }

    @Test
    void anArticleIsStoredAsADocumentWithItsHash() {
        String text = article(UUID.randomUUID().toString());
        String location = Newsroom.apiClient().contentType(ContentType.JSON)
                .body(Map.of("text", text, "outlet", "The Quay Courier", "published", "2024-03-04", "url", "https://example.org/pilots"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("sha256", equalTo(org.crosscheck.core.text.ContentHash.sha256(text)))
                .body("duplicateOf", nullValue())
                .extract().header("Location");
        given().when().get(location)
                .then().statusCode(200)
                .body("text", equalTo(text))
                .body("outlet.value", equalTo("The Quay Courier"))
                .body("outlet.basis", equalTo("given"))
                .body("published.value.first", equalTo("2024-03-04"))
                .body("body.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void theSameContentAgainReturnsTheExistingDocument() {
        String text = article(UUID.randomUUID().toString());
        int first = Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        long before = count();
        Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("duplicateOf", equalTo(first));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCorrectedArticleIsANewDocumentLinkedToTheEarlierOne() {
        String url = "https://example.org/pilots-" + UUID.randomUUID();
        // A text unlike the other tests' articles, so that only the correction can link it to anything.
        String first = "The city council approved the new tram line on Thursday after a two-year consultation.\n\n"
                + "\"This is the largest transport investment in a generation,\" the council leader, Oskar Brun, said. "
                + "Construction is due to begin in the autumn and to last four years, the council said in a statement.\n";
        int earlier = Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", first, "url", url))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        String corrected = first.replace("to last four years", "to last five years");
        Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", corrected, "url", url))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("corrects", equalTo(earlier))
                .body("syndicatedFrom", nullValue());
        given().when().get("/api/documents/" + earlier).then().body("text", equalTo(first));
    }

    @Test
    void anHtmlPageIsStoredAsItsVisibleText() {
        String marker = UUID.randomUUID().toString();
        String html = "<html><head><title>Pilots end strike</title><meta property='og:site_name' content='Quay Courier'>"
                + "<script>var tracking = 'not article text';</script></head><body><nav>Home | World</nav><article>"
                + "<p>" + article(marker).replace("\n\n", "</p><p>") + "</p></article></body></html>";
        int id = Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("html", html))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        String text = given().when().get("/api/documents/" + id).then().statusCode(200)
                .body("mediaType", equalTo("text/html"))
                .body("outlet.value", equalTo("Quay Courier"))
                .body("outlet.basis", startsWith("page markup"))
                .extract().path("text");
        assertThat(text).contains("Harbour pilots ended their strike").doesNotContain("tracking");
    }

    static Object[][] badArticles() {
        String ok = article("bad-input");
        return new Object[][] {
            {"{}", 400, "text"},
            {json(Map.of("text", ok, "html", "<p>" + ok + "</p>")), 400, "html"},
            {json(Map.of("text", "   ")), 400, "text"},
            {json(Map.of("text", ok, "published", "last Tuesday")), 400, "published"},
            {json(Map.of("text", ok, "url", "not a url")), 400, "url"},
            {json(Map.of("text", ok, "url", "javascript:alert(1)")), 400, "url"},
            {json(Map.of("text", ok, "colour", "red")), 400, "colour"},
            {json(Map.of("text", ok, "syndicatedFrom", "https://example.org/never-stored")), 400, "syndicatedFrom"},
            {"{\"text\": 42}", 400, "text"},
            {"{\"text\": \"unterminated", 400, null},
            {json(Map.of("text", "Share on Facebook\nSubscribe to our newsletter\n")), 400, "text"},
            {json(Map.of("text", "x".repeat(2 * 1024 * 1024 + 1))), 413, "text"},
        };
    }

    @ParameterizedTest
    @MethodSource("badArticles")
    void aBadArticleGetsAProblemNamingTheFieldAndNothingIsStored(String body, int status, String field) {
        long before = count();
        Newsroom.apiClient().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("field", field == null ? nullValue() : equalTo(field));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() {
        long before = count();
        byte[] latin1 = "{\"text\": \"Caf\u00e9 owners protest\"}".getBytes(StandardCharsets.ISO_8859_1);
        Newsroom.apiClient().contentType("application/json").body(latin1)
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        Newsroom.apiClient().contentType(ContentType.TEXT).body("plain words")
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        given().when().get("/api/documents/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    @Transactional
    long count() {
        return documents.count();
    }

    private static String json(Map<String, String> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
