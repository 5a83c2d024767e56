package org.crosscheck.web.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input at the article API: never a 5xx, never a stack trace, nothing stored from a rejected
 * request, and whatever is stored is shown as text on the pages that display it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HostileInputTest {

    @Inject
    AgroalDataSource database;

    private static final String STORY = "The ferry operator said on Monday that crossings would resume on Friday after repairs to the ramp. "
            + "\"Passengers have waited long enough,\" the operator's spokeswoman, Lena Morck, told reporters at the quay. "
            + "The harbour master said inspectors would check the new ramp on Thursday morning.";

    private Response post(Map<String, String> fields) throws Exception {
        return Newsroom.apiClient().contentType(ContentType.JSON).body(new ObjectMapper().writeValueAsString(fields)).when().post("/api/articles");
    }

    private static Map<String, String> article(String title, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("outlet", "The Quay Post");
        fields.put("text", text);
        return fields;
    }

    private static void neverAServerError(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isLessThan(500);
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    }

    @Test
    void aNulByteInTheTextIsRejectedAndNothingIsStored() throws Exception {
        long before = documents();
        Response response = post(article("Nul", STORY + "\u0000 hidden"));
        neverAServerError(response);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteLineIsRefusedAsTooLargeBeforeItIsRead() throws Exception {
        // A client announcing a 10 MB body hears 413 at once; nobody has to send (or buffer) the megabytes first.
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            String head = "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Newsroom.apiKey() + "\r\nContent-Length: " + (10 * 1024 * 1024) + "\r\n\r\n{\"text\": \"aaaa";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void deeplyNestedJsonIsABadRequest() {
        String nested = "{\"text\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        Response response = Newsroom.apiClient().contentType(ContentType.JSON).body(nested).when().post("/api/articles");
        neverAServerError(response);
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void deeplyNestedHtmlIsReadOrRefusedButNeverBreaksTheServer() throws Exception {
        String html = "<html><body>" + "<div>".repeat(20_000) + "<p>" + STORY + "</p>" + "</div>".repeat(20_000) + "</body></html>";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("html", html);
        fields.put("outlet", "The Nesting Times");
        neverAServerError(post(fields));
    }

    @Test
    void scriptsAndEventHandlersInAPageNeverReachTheStoredText() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("html", "<html><head><title>Pier</title><script>steal()</script></head><body><article><p>" + STORY
                + "</p><img src=x onerror=\"steal()\"><a href=\"javascript:steal()\">more</a></article></body></html>");
        fields.put("outlet", "The Script Kiddie " + UUID.randomUUID());
        Response response = post(fields);
        neverAServerError(response);
        String text = given().get("/api/documents/" + response.path("id")).then().statusCode(200).extract().path("text");
        assertThat(text).contains("crossings would resume").doesNotContain("steal()");
    }

    @Test
    void markupSqlAndTemplateLookingTextIsStoredAsWrittenAndShownAsText() throws Exception {
        String title = "<script>alert('x')</script> '; DROP TABLE document; -- {inject:viewer} {#include layout /} \u202Eevil\u200D";
        Response response = post(article(title, title + "\n\n" + STORY + " " + UUID.randomUUID()));
        neverAServerError(response);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        int id = response.path("id");
        String page = given().get("/documents/" + id).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert").contains("{inject:viewer}")
                .contains("{#include layout /}");
        assertThat(documents()).as("the table is still there").isPositive();
        given().get("/documents").then().statusCode(200).body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert")));
    }

    @Test
    void aWrongTypeOrUnknownFieldIsARequestProblemNotAServerError() {
        for (String body : new String[] {"{\"text\": {\"a\": 1}}", "{\"text\": null}", "[]", "\"just a string\"", "{\"text\": \"x\", \"extra\": true}"}) {
            Response response = Newsroom.apiClient().contentType(ContentType.JSON).body(body).when().post("/api/articles");
            neverAServerError(response);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
        }
    }

    @Test
    void aRejectedRequestIsAnsweredQuickly() {
        Newsroom.apiClient().contentType(ContentType.JSON).body("{").when().post("/api/articles")
                .then().statusCode(400).time(lessThan(2000L)).body("status", equalTo(400));
    }

    private long documents() throws Exception {
        try (Connection c = database.getConnection(); ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM document")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
