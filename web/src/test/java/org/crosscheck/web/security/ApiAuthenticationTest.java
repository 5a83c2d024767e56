package org.crosscheck.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.db.account.ApiKeyRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Writes need an API key or a signed-in member; reads stay open to everyone. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ApiAuthenticationTest {

    @Inject
    ApiKeys keys;

    @Inject
    ApiKeyRepository stored;

    private static RequestSpecification article(RequestSpecification request) {
        String text = "The city council approved the new tram line on Thursday, the mayor's office said.\n\n"
                + "\"Work starts in spring,\" the transport chief, Noor Haddad, told the council. Reference " + UUID.randomUUID() + ".\n";
        return request.contentType(ContentType.JSON).body(Map.of("text", text));
    }

    @Test
    void anAnonymousWriteIsRefusedWithProblemJson() {
        article(given()).post("/api/articles").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detail", containsString("API key"));
    }

    @Test
    void anUnknownKeyIsRefused() {
        article(given().header("X-Api-Key", "cck_" + "x".repeat(43))).post("/api/articles").then().statusCode(401)
                .body("detail", containsString("unknown or has been revoked"));
    }

    @Test
    void aValidKeyWritesInEitherHeader() {
        String key = Newsroom.apiKey();
        article(given().header("Authorization", "Bearer " + key)).post("/api/articles").then().statusCode(201);
        article(given().header("X-Api-Key", key)).post("/api/articles").then().statusCode(201);
    }

    @Test
    void aRevokedKeyIsRefusedFromTheMomentItIsRevoked() {
        String key = Newsroom.issueKey("soon revoked");
        article(given().header("X-Api-Key", key)).post("/api/articles").then().statusCode(201);
        long id = stored.findUsable(SecretToken.sha256(key)).orElseThrow().id;
        keys.revoke(id, "test");
        article(given().header("X-Api-Key", key)).post("/api/articles").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aSignedInEditorMayWriteToo() {
        Browser editor = Browser.signedIn(Newsroom.member("ed", Role.EDITOR).username, Newsroom.PASSWORD);
        article(editor.request()).post("/api/articles").then().statusCode(201);
    }

    @Test
    void readsStayPublic() {
        int id = article(Newsroom.apiClient()).post("/api/articles").then().statusCode(201).extract().path("id");
        given().get("/api/documents/" + id).then().statusCode(200);
        given().get("/documents/" + id).then().statusCode(200);
        given().get("/api/report").then().statusCode(200);
    }
}
