package org.crosscheck.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Behind a proxy that ends TLS (crosscheck.cookies.secure), the session never travels in clear and is bound to this host. */
@QuarkusTest
@TestProfile(CookiesBehindTlsTest.BehindTlsProxy.class)
@QuarkusTestResource(PostgresTestResource.class)
class CookiesBehindTlsTest {

    public static class BehindTlsProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.cookies.secure", "true");
        }
    }

    @Test
    void behindTlsTheSessionCookieIsSecureHttpOnlySameSiteAndHostOnly() {
        Cookie form = given().get("/sign-in").detailedCookie("__Host-crosscheck-form");
        assertThat(form).as("the form token under the __Host- prefix").isNotNull();
        assertThat(form.isSecured()).isTrue();

        Response signIn = given().redirects().follow(false).cookie(form.getName(), form.getValue()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", form.getValue()).formParam("username", Newsroom.member("tls", Role.EDITOR).username)
                .formParam("password", Newsroom.PASSWORD).post("/sign-in");
        assertThat(signIn.statusCode()).as(signIn.asString()).isEqualTo(303);
        Cookie session = signIn.detailedCookie("__Host-crosscheck-session");
        assertThat(session).as("the session under the __Host- prefix").isNotNull();
        assertThat(session.isSecured()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(session.hasDomain()).as("a __Host- cookie names no domain").isFalse();
    }
}
