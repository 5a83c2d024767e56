package org.crosscheck.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every form of the editor workspace refuses the anonymous (401, with the sign-in form), the roles it is not for
 * (403), and a post without the form token (403); says what is wrong in place (400); and tells a second editor
 * who changed the item first (409), keeping what they typed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class FormEndpointsTest {

    /** One story, conflict, draft verdict and published verdict, shared by the tests of this class. */
    private static final class Newsdesk {
        final long conflict;
        final long proposition;
        final long draft;
        final long published;
        final long entity;
        final long otherEntity;

        Newsdesk() {
            Stories.Pair story = Stories.twoParliaments("Chile", "Bolivia");
            conflict = Stories.conflictIn(story.confused());
            Desk editor = Desk.signedIn("desk-editor", Role.EDITOR);
            proposition = Desk.number("SELECT proposition_id FROM claim WHERE document_id = " + story.other()
                    + " AND proposition_id IS NOT NULL ORDER BY id LIMIT 1");
            draft = ReviewFlowTest.misattributed(editor, conflict);
            Stories.Pair second = Stories.twoParliaments("Ecuador", "Colombia");
            published = ReviewFlowTest.misattributed(editor, Stories.conflictIn(second.confused()));
            editor.form().formParam("version", ReviewFlowTest.version(published)).post("/verdicts/" + published + "/submit").then().statusCode(303);
            Desk publisher = Desk.signedIn("desk-publisher", Role.PUBLISHER);
            publisher.form().formParam("version", ReviewFlowTest.version(published)).post("/verdicts/" + published + "/publish")
                    .then().statusCode(303);
            entity = Desk.number("SELECT id FROM entity WHERE name ILIKE '%Chile%' AND kind = 'organization' ORDER BY id LIMIT 1");
            otherEntity = Desk.number("SELECT id FROM entity WHERE name ILIKE '%Bolivia%' AND kind = 'organization' ORDER BY id LIMIT 1");
        }

        /** Every form endpoint with fields that would pass, and the roles it is for. */
        List<Form> forms() {
            return List.of(
                    new Form("/conflicts/" + conflict + "/confirm", Map.of("version", "0"), Role.EDITOR),
                    new Form("/conflicts/" + conflict + "/dismiss", Map.of("version", "0", "reason", "same body"), Role.EDITOR),
                    new Form("/conflicts/" + conflict + "/reopen", Map.of("version", "0"), Role.EDITOR),
                    new Form("/conflicts/" + conflict + "/verdict", Map.of("headline", "h"), Role.EDITOR),
                    new Form("/propositions/" + proposition + "/verdict", Map.of("headline", "h"), Role.EDITOR),
                    new Form("/verdicts/" + draft + "/edit", Map.of("version", "0"), Role.EDITOR),
                    new Form("/verdicts/" + draft + "/submit", Map.of("version", "0"), Role.EDITOR),
                    new Form("/verdicts/" + draft + "/return", Map.of("version", "0"), Role.EDITOR),
                    new Form("/verdicts/" + draft + "/publish", Map.of("version", "0"), Role.PUBLISHER),
                    new Form("/verdicts/" + published + "/retract", Map.of("version", "0", "reason", "r"), Role.PUBLISHER),
                    new Form("/verdicts/" + published + "/correction", Map.of("version", "0"), Role.PUBLISHER),
                    new Form("/entities/" + entity + "/aliases", Map.of("version", "0", "alias", "x"), Role.EDITOR),
                    new Form("/entities/" + entity + "/merge/" + otherEntity, Map.of("version", "0"), Role.EDITOR),
                    new Form("/entities/" + entity + "/aliases/1/split", Map.of("version", "0"), Role.EDITOR));
        }
    }

    record Form(String path, Map<String, String> fields, Role role) {
        Response post(RequestSpecification request) {
            return request.formParams(fields).post(path);
        }
    }

    private static Newsdesk desk;

    private static synchronized Newsdesk desk() {
        if (desk == null) {
            desk = new Newsdesk();
        }
        return desk;
    }

    private static void eachForm(Function<Form, Desk> who, Function<Desk, RequestSpecification> how, int status, String says) {
        for (Form form : desk().forms()) {
            Desk browser = who.apply(form);
            if (browser == null) {
                continue;
            }
            Response response = form.post(how.apply(browser));
            assertThat(response.statusCode()).as(form.path()).isEqualTo(status);
            assertThat(response.asString()).as(form.path()).contains(says);
        }
    }

    @Test
    void nobodySignedInIsAskedToSignInByEveryForm() {
        Desk anonymous = Desk.anonymous();
        eachForm(form -> anonymous, Desk::form, 401, "Sign in");
    }

    @Test
    void anAdministratorWithoutAnEditorialRoleIsRefusedByEveryForm() {
        Desk admin = Desk.signedIn("admin-only", Role.ADMIN);
        eachForm(form -> admin, Desk::form, 403, "Not allowed");
    }

    @Test
    void anEditorIsRefusedByThePublishersForms() {
        Desk editor = Desk.signedIn("plain-editor", Role.EDITOR);
        eachForm(form -> form.role() == Role.PUBLISHER ? editor : null, Desk::form, 403, "Not allowed");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedEvenForAPublisherWhoEdits() {
        Desk both = Desk.signedIn("both", Role.EDITOR, Role.PUBLISHER);
        eachForm(form -> both, Desk::forgedForm, 403, "This form was not accepted");
        assertThat(Desk.strings("SELECT status FROM conflict WHERE id = " + desk().conflict)).containsExactly("resolved");
    }

    @Test
    void aVerdictWithoutHeadlineRatingOrEvidenceIsShownAgainWithEachProblemInPlace() {
        Desk editor = Desk.signedIn("hasty", Role.EDITOR);
        String page = editor.form().formParam("summary", "Typed before forgetting the rest.").post("/propositions/" + desk().proposition + "/verdict")
                .then().statusCode(400).extract().asString();
        assertThat(page).contains("choose a rating", "write a headline", "cite at least one span", "Typed before forgetting the rest.",
                "aria-invalid=\"true\"");
        String stray = editor.form().formParam("rating", "true").formParam("headline", "h").formParam("summary", "s")
                .formParam("evidence", "1-0-5").post("/propositions/" + desk().proposition + "/verdict").then().statusCode(400).extract().asString();
        assertThat(stray).contains("cite spans from the list only");
    }

    @Test
    void aDismissalWithoutReasonAndACorrectionWithoutNoteAreRefusedInPlace() {
        Desk publisher = Desk.signedIn("careful", Role.EDITOR, Role.PUBLISHER);
        long other = Stories.conflictIn(Stories.twoParliaments("Peru", "Chile").confused());
        long version = Desk.number("SELECT version FROM conflict WHERE id = " + other);
        assertThat(publisher.form().formParam("version", version).formParam("reason", "  ").post("/conflicts/" + other + "/dismiss")
                .then().statusCode(400).extract().asString()).contains("say why this is not a conflict");
        String correction = publisher.request().get("/verdicts/" + desk().published + "/correction").then().statusCode(200).extract().asString();
        List<String> spans = ReviewFlowTest.evidenceKeys(correction);
        assertThat(publisher.form().formParam("rating", "misattributed").formParam("headline", "New headline").formParam("summary", "s")
                .formParam("evidence", spans.get(0)).formParam("version", ReviewFlowTest.version(desk().published))
                .post("/verdicts/" + desk().published + "/correction").then().statusCode(400).extract().asString())
                .contains("say what this correction changes", "New headline");
        assertThat(publisher.form().formParam("version", ReviewFlowTest.version(desk().published)).formParam("reason", "")
                .post("/verdicts/" + desk().published + "/retract").then().statusCode(400).extract().asString())
                .contains("give the reason readers will see");
        assertThat(publisher.form().formParam("version", 0).formParam("alias", " ").post("/entities/" + desk().entity + "/aliases")
                .then().statusCode(400).extract().asString()).contains("type the name as articles write it");
    }

    @Test
    void theSecondOfTwoEditorsSavingOneVerdictIsToldWhoChangedItAndKeepsWhatTheyTyped() {
        Desk first = Desk.signedIn("first", Role.EDITOR);
        Desk second = Desk.signedIn("second", Role.EDITOR);
        long verdict = desk().draft;
        String form = first.request().get("/verdicts/" + verdict + "/edit").then().statusCode(200).extract().asString();
        List<String> spans = ReviewFlowTest.evidenceKeys(form);
        long seen = ReviewFlowTest.version(verdict);
        Function<Desk, RequestSpecification> save = desk -> desk.form().formParam("rating", "misattributed").formParam("summary", "s")
                .formParam("evidence", spans.get(0)).formParam("version", seen);
        assertThat(first.follow(save.apply(first).formParam("headline", "First editor's headline").post("/verdicts/" + verdict + "/edit")))
                .contains("Verdict saved", "First editor&#39;s headline");
        String refused = save.apply(second).formParam("headline", "Second editor's headline").post("/verdicts/" + verdict + "/edit")
                .then().statusCode(409).extract().asString();
        assertThat(refused).contains("changed by Member " + first.account.username, "UTC", "Second editor&#39;s headline",
                "The version saved meanwhile", "First editor&#39;s headline");
        assertThat(Desk.strings("SELECT headline FROM verdict_revision WHERE verdict_id = " + verdict)).containsExactly("First editor's headline");
    }

    @Test
    void aStaleConflictReviewOrEntityChangeIsRefusedWithWhoChangedIt() {
        Desk first = Desk.signedIn("quick", Role.EDITOR);
        Desk second = Desk.signedIn("slow", Role.EDITOR);
        long conflict = Stories.conflictIn(Stories.twoParliaments("Cuba", "Haiti").confused());
        long seen = Desk.number("SELECT version FROM conflict WHERE id = " + conflict);
        first.form().formParam("version", seen).post("/conflicts/" + conflict + "/confirm").then().statusCode(303);
        assertThat(second.form().formParam("version", seen).formParam("reason", "A typo, not a conflict").post("/conflicts/" + conflict + "/dismiss")
                .then().statusCode(409).extract().asString()).contains("changed by " + first.account.username, "A typo, not a conflict");
        assertThat(Desk.strings("SELECT status FROM conflict WHERE id = " + conflict)).containsExactly("confirmed");

        long entity = desk().otherEntity;
        long version = Desk.number("SELECT version FROM entity WHERE id = " + entity);
        first.form().formParam("version", version).formParam("alias", "the neighbour's assembly").post("/entities/" + entity + "/aliases")
                .then().statusCode(303);
        assertThat(second.form().formParam("version", version).formParam("alias", "the upper house").post("/entities/" + entity + "/aliases")
                .then().statusCode(409).extract().asString()).contains("changed by " + first.account.username);
    }
}
