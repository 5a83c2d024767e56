package org.crosscheck.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SecurityHeadersTest {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");

    @ParameterizedTest
    @ValueSource(strings = {"/", "/documents", "/sign-in", "/api/documents/987654321", "/static/crosscheck.css", "/admin/users"})
    void everyResponseForbidsInlineScriptFramingAndSniffing(String path) {
        Response response = given().redirects().follow(false).get(path);
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/documents", "/sign-in"})
    void pagesLoadScriptsOnlyFromFilesOnThisServer(String path) {
        String page = given().get(path).then().statusCode(200).extract().asString();
        Matcher scripts = SCRIPT.matcher(page);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("every script has a local src").containsPattern("src=\"/[^/]");
        }
        assertThat(count).isPositive();
        assertThat(page).doesNotContain("<style", " style=\"", " onclick=", "src=\"http", "src=\"//", "href=\"//");
    }

    @Test
    void htmxAndTheStylesheetAreServedByTheApp() {
        String page = given().get("/").then().extract().asString();
        Matcher script = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page);
        assertThat(script.find()).isTrue();
        given().get(script.group(1)).then().statusCode(200).body(containsString("htmx"));
        given().get("/static/crosscheck.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void cookiesAreHiddenFromScriptsAndStayOnThisSite() {
        Cookie formToken = given().get("/sign-in").detailedCookie(Browser.FORM_COOKIE);
        assertThat(formToken.isHttpOnly()).isTrue();
        assertThat(formToken.getSameSite()).isEqualToIgnoringCase("Strict");

        Browser browser = Browser.opened();
        Response signIn = browser.signIn(Newsroom.member("ed", Role.EDITOR).username, Newsroom.PASSWORD);
        Cookie session = signIn.detailedCookie(Browser.SESSION_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(session.getPath()).isEqualTo("/");
    }

    @Test
    void theLayoutHasLandmarksAndASkipLink() {
        given().get("/documents").then().statusCode(200)
                .body(containsString("<main id=\"main\""))
                .body(containsString("<nav aria-label=\"Main\">"))
                .body(containsString("href=\"#main\""))
                .body(containsString("name=\"viewport\""))
                .header("Content-Type", containsString("text/html"));
        given().get("/sign-in").then().body(containsString("<label for=\"username\">")).body(containsString("<label for=\"password\">"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
