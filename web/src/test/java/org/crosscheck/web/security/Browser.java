package org.crosscheck.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** A browser as the tests drive it: it keeps its cookies and puts the form token into every form it sends. */
final class Browser {

    static final String FORM_COOKIE = "crosscheck-form";
    static final String SESSION_COOKIE = "crosscheck-session";

    private final Map<String, String> cookies = new HashMap<>();

    /** A browser that has opened the sign-in page, so it holds a form token. */
    static Browser opened() {
        Browser browser = new Browser();
        browser.keep(given().redirects().follow(false).get("/sign-in"));
        assertThat(browser.formToken()).isNotBlank();
        return browser;
    }

    static Browser signedIn(String username, String password) {
        Browser browser = opened();
        Response response = browser.signIn(username, password);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
        return browser;
    }

    Response signIn(String username, String password) {
        return keep(form().formParam("username", username).formParam("password", password).post("/sign-in"));
    }

    /** A request with this browser's cookies; redirects are not followed, so tests see them. */
    RequestSpecification request() {
        return given().cookies(cookies).redirects().follow(false);
    }

    /** A form post as our pages send it: urlencoded, with the form token. */
    RequestSpecification form() {
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", formToken());
    }

    Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }

    String formToken() {
        return cookies.get(FORM_COOKIE);
    }

    String session() {
        return cookies.get(SESSION_COOKIE);
    }

    void forgetSession() {
        cookies.remove(SESSION_COOKIE);
    }

    void useSession(String token) {
        cookies.put(SESSION_COOKIE, token);
    }
}
