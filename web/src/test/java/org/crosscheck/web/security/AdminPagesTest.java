package org.crosscheck.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.ApiKeyRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.db.audit.AuditLog;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AdminPagesTest {

    private static final Pattern SHOWN_KEY = Pattern.compile("value=\"(cck_[A-Za-z0-9_-]{43})\"");

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    ApiKeyRepository keys;

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users", "/admin/api-keys"})
    void anAnonymousVisitorIsAskedToSignIn(String page) {
        given().redirects().follow(false).get(page).then().statusCode(401)
                .body(containsString("<h1>Sign in</h1>"))
                .body(containsString("name=\"next\" value=\"" + page + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users", "/admin/api-keys"})
    void anEditorIsNotAllowedIntoAdminPages(String page) {
        Account editor = Newsroom.member("ed", Role.EDITOR, Role.PUBLISHER);
        Browser.signedIn(editor.username, Newsroom.PASSWORD).request().get(page).then().statusCode(403)
                .body(containsString("Not allowed"));
    }

    @Test
    void anApiKeyDoesNotOpenAdminPages() {
        Newsroom.apiClient().redirects().follow(false).get("/admin/users").then().statusCode(403);
    }

    @Test
    void anAdminCreatesAColleagueWhoCanThenSignIn() {
        Browser admin = signedInAdmin();
        String username = "reporter-" + UUID.randomUUID().toString().substring(0, 6);
        admin.form().formParam("username", username).formParam("displayName", "Ada Reporter")
                .formParam("password", "a first password").formParam("role", "editor").formParam("role", "publisher")
                .post("/admin/users").then().statusCode(303).header("Location", containsString("/admin/users"));

        admin.request().get("/admin/users").then().statusCode(200)
                .body(containsString("Account &#39;" + username + "&#39; created"))
                .body(containsString("editor, publisher"));
        Account created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.roles).containsExactlyInAnyOrder(Role.EDITOR, Role.PUBLISHER);
        assertThat(created.passwordHash).startsWith("$2").doesNotContain("a first password");
        assertThat(lastAuditAction("account", created.id)).isEqualTo("account.create");
        assertThat(Browser.opened().signIn(username, "a first password").statusCode()).isEqualTo(303);
    }

    @Test
    void invalidFieldsAreShownInPlaceAndNothingIsCreated() {
        Browser admin = signedInAdmin();
        long before = accounts.count();
        admin.form().formParam("username", "Has Spaces!").formParam("displayName", " ").formParam("password", "short")
                .post("/admin/users").then().statusCode(400)
                .body(containsString("id=\"username-error\""))
                .body(containsString("id=\"displayName-error\""))
                .body(containsString("at least 12 characters"))
                .body(containsString("choose at least one role"))
                .body(containsString("aria-invalid=\"true\""));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        Account editor = Newsroom.member("ed", Role.EDITOR);
        Browser colleague = Browser.signedIn(editor.username, Newsroom.PASSWORD);
        colleague.request().get("/activity").then().statusCode(200);

        signedInAdmin().form().post("/admin/users/" + editor.id + "/disable").then().statusCode(303);

        colleague.request().get("/activity").then().statusCode(401);
        assertThat(lastAuditAction("account", editor.id)).isEqualTo("account.disable");
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        Account admin = Newsroom.member("boss", Role.ADMIN);
        Browser browser = Browser.signedIn(admin.username, Newsroom.PASSWORD);
        browser.form().post("/admin/users/" + admin.id + "/disable").then().statusCode(303);
        browser.request().get("/admin/users").then().statusCode(200).body(containsString("cannot disable your own account"));
    }

    @Test
    void aNewApiKeyIsShownOnceWorksAndStopsWorkingWhenRevoked() {
        Browser admin = signedInAdmin();
        String name = "wire importer " + UUID.randomUUID();
        admin.form().formParam("name", name).post("/admin/api-keys").then().statusCode(303);
        String page = admin.request().get("/admin/api-keys").then().statusCode(200).extract().asString();
        Matcher shown = SHOWN_KEY.matcher(page);
        assertThat(shown.find()).as("the new key is on the page after its creation").isTrue();
        String key = shown.group(1);
        admin.request().get("/admin/api-keys").then().statusCode(200).body(not(containsString(key)));

        postArticle(Map.of("Authorization", "Bearer " + key)).then().statusCode(201);

        long id = QuarkusTransaction.requiringNew().call(() -> keys.find("name", name).firstResult().id);
        admin.form().post("/admin/api-keys/" + id + "/revoke").then().statusCode(303);
        admin.request().get("/admin/api-keys").then().body(containsString("revoked"));

        postArticle(Map.of("Authorization", "Bearer " + key)).then().statusCode(401).contentType("application/problem+json");
        assertThat(lastAuditAction("api-key", id)).isEqualTo("api-key.revoke");
    }

    @Test
    void aKeyWithoutANameIsNotCreated() {
        signedInAdmin().form().formParam("name", "   ").post("/admin/api-keys").then().statusCode(400)
                .body(containsString("id=\"name-error\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "forged-token"})
    void aFormWithoutTheSessionsTokenIsRefusedAndChangesNothing(String token) {
        Browser admin = signedInAdmin();
        long before = accounts.count();
        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("username", "forged-" + UUID.randomUUID().toString().substring(0, 6)).formParam("displayName", "Forged")
                .formParam("password", "a long enough password").formParam("role", "admin")
                .post("/admin/users").then().statusCode(403).body(containsString("not accepted"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    private static io.restassured.response.Response postArticle(Map<String, String> headers) {
        String text = "The river authority opened the new flood gates on Tuesday, its director said.\n\n"
                + "\"The town is safer tonight,\" the director, Ilse Brandt, told reporters. Reference " + UUID.randomUUID() + ".\n";
        return given().headers(headers).contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/articles");
    }

    private static Browser signedInAdmin() {
        return Browser.signedIn(Newsroom.member("boss", Role.ADMIN).username, Newsroom.PASSWORD);
    }

    private String lastAuditAction(String itemType, long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> audit.find("itemType = ?1 and itemId = ?2 order by id desc", itemType,
                Long.toString(itemId)).firstResult().action);
    }
}
