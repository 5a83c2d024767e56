package org.crosscheck.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.EnumSet;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SignInTest {

    @Inject
    Accounts accounts;

    @Test
    void aMemberSignsInWithTheirPasswordAndSeesTheirName() {
        Account editor = Newsroom.member("ed", Role.EDITOR);
        Browser browser = Browser.opened();
        Response signIn = browser.signIn(editor.username, Newsroom.PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.header("Location")).endsWith("/");
        assertThat(browser.session()).isNotBlank();
        browser.request().get("/").then().statusCode(200)
                .body(containsString("Signed in as <strong>" + editor.displayName + "</strong>"))
                .body(containsString("Sign out"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        Account editor = Newsroom.member("ed", Role.EDITOR);
        Browser browser = Browser.opened();
        Response wrongPassword = browser.signIn(editor.username, "not the password at all");
        Response unknownName = browser.signIn("nobody-" + editor.username, Newsroom.PASSWORD);
        for (Response refused : new Response[] {wrongPassword, unknownName}) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.asString()).contains("Wrong username or password.");
        }
        assertThat(browser.session()).isNull();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Account editor = Newsroom.member("ed", Role.EDITOR);
        accounts.setDisabled(editor.id, true, "test");
        assertThat(Browser.opened().signIn(editor.username, Newsroom.PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailuresForAUsernameHoldOffFurtherAttemptsEvenWithTheRightPassword() {
        Account editor = Newsroom.member("ed", Role.EDITOR);
        Browser browser = Browser.opened();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(editor.username, "guess number " + i).statusCode()).isEqualTo(401);
        }
        Response held = browser.signIn(editor.username, Newsroom.PASSWORD);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(held.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(held.asString()).contains("Too many failed attempts");
        assertThat(browser.session()).isNull();
        // Another person's sign-in is not held up by the attack on this name.
        Account colleague = Newsroom.member("ed", Role.EDITOR);
        assertThat(browser.signIn(colleague.username, Newsroom.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        Account editor = Newsroom.member("ed", Role.EDITOR);
        Browser browser = Browser.signedIn(editor.username, Newsroom.PASSWORD);
        String session = browser.session();
        browser.request().get("/activity").then().statusCode(200);
        browser.keep(browser.form().post("/sign-out")).then().statusCode(303);
        assertThat(browser.session()).isNull();
        // A copy of the cookie kept from before is worth nothing now.
        browser.useSession(session);
        browser.request().get("/activity").then().statusCode(401);
    }

    @Test
    void aPasswordSomeoneElseChoseMustBeReplacedBeforeAnythingElse() {
        Account created = accounts.create("new-" + System.nanoTime(), "New Colleague", "chosen by the admin", EnumSet.of(Role.EDITOR), "test");
        Browser browser = Browser.opened();
        Response signIn = browser.signIn(created.username, "chosen by the admin");
        assertThat(signIn.header("Location")).endsWith(PasswordPage.PATH);
        browser.request().get("/activity").then().statusCode(303).header("Location", containsString(PasswordPage.PATH));

        browser.keep(browser.form().formParam("current", "chosen by the admin").formParam("replacement", "short")
                .formParam("repeat", "short").post(PasswordPage.PATH)).then().statusCode(400)
                .body(containsString("at least 12 characters")).body(containsString("aria-invalid=\"true\""));
        browser.keep(browser.form().formParam("current", "chosen by the admin").formParam("replacement", "my own long passphrase")
                .formParam("repeat", "my own long passphrase").post(PasswordPage.PATH)).then().statusCode(303);

        browser.request().get("/activity").then().statusCode(200).body(containsString("account.password-change"));
        assertThat(Browser.opened().signIn(created.username, "chosen by the admin").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignInFormWithoutItsTokenIsRefused() {
        Account editor = Newsroom.member("ed", Role.EDITOR);
        Browser browser = Browser.opened();
        browser.request().contentType("application/x-www-form-urlencoded")
                .formParam("username", editor.username).formParam("password", Newsroom.PASSWORD)
                .post("/sign-in").then().statusCode(403).body(containsString("not accepted"))
                .header("Set-Cookie", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(), not(containsString("crosscheck-session"))));
    }
}
