package org.crosscheck.web.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;

/**
 * An editor's desk as the tests use it: a signed-in browser (cookies and form token kept), stories ingested and
 * extracted, and a look into the store to find what reconciliation made of them.
 */
final class Desk {

    private final Map<String, String> cookies = new HashMap<>();
    final Account account;

    private Desk(Account account) {
        this.account = account;
    }

    /** A new member with these roles, signed in. */
    static Desk signedIn(String prefix, Role... roles) {
        Desk desk = new Desk(Newsroom.member(prefix, roles));
        desk.keep(given().redirects().follow(false).get("/sign-in"));
        Response signIn = desk.form().formParam("username", desk.account.username).formParam("password", Newsroom.PASSWORD).post("/sign-in");
        assertThat(signIn.statusCode()).as(signIn.asString()).isEqualTo(303);
        desk.keep(signIn);
        return desk;
    }

    /** A browser that has a form token but nobody signed in. */
    static Desk anonymous() {
        Desk desk = new Desk(null);
        desk.keep(given().redirects().follow(false).get("/sign-in"));
        return desk;
    }

    RequestSpecification request() {
        return given().cookies(cookies).redirects().follow(false);
    }

    /** A form post as the pages send it, with the form token. */
    RequestSpecification form() {
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", cookies.get("crosscheck-form"));
    }

    /** A form post without the form token, as another site could make the browser send. */
    RequestSpecification forgedForm() {
        return request().contentType("application/x-www-form-urlencoded");
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

    /** The page after a Post/Redirect/Get, with its flash message. */
    String follow(Response redirect) {
        assertThat(redirect.statusCode()).as(redirect.asString()).isEqualTo(303);
        return request().get(redirect.getHeader("Location")).then().statusCode(200).extract().asString();
    }

    Map<String, String> cookies() {
        return cookies;
    }

    static int ingest(String text, String outlet, String published) {
        return Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", outlet, "published", published))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
    }

    /** Waits up to a minute for background work (extraction, a rerun) to be done. */
    static void await(String what, java.util.function.BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (done.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not in time: " + what);
    }

    /** The first column of every row the query returns, as text. */
    static List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static long number(String sql) {
        List<String> found = strings(sql);
        assertThat(found).as(sql).isNotEmpty();
        return Long.parseLong(found.get(0));
    }
}
