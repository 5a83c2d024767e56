package org.crosscheck.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The editor's day over HTTP: queue, conflict, verdict, review, publication, correction, and the record of it all. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReviewFlowTest {

    private static final Pattern EVIDENCE = Pattern.compile("name=\"evidence\" value=\"([0-9-]+)\"");

    static List<String> evidenceKeys(String editorPage) {
        Matcher m = EVIDENCE.matcher(editorPage);
        List<String> keys = new java.util.ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** Drafts a verdict on the conflict citing its first two spans; returns the verdict's id. */
    static long misattributed(Desk editor, long conflict) {
        String form = editor.request().get("/conflicts/" + conflict + "/verdict").then().statusCode(200).extract().asString();
        List<String> spans = evidenceKeys(form);
        assertThat(spans).hasSizeGreaterThanOrEqualTo(2);
        String created = editor.follow(editor.form().formParam("rating", "misattributed")
                .formParam("headline", "The resolution was not the neighbour's parliament's")
                .formParam("summary", "The article credits one parliament's resolution to the parliament of another country.")
                .formParam("evidence", spans.get(0)).formParam("evidence", spans.get(1)).post("/conflicts/" + conflict + "/verdict"));
        assertThat(created).contains("Draft verdict saved", "Misattributed");
        return Desk.number("SELECT id FROM verdict WHERE conflict_id = " + conflict);
    }

    static long version(long verdict) {
        return Desk.number("SELECT version FROM verdict WHERE id = " + verdict);
    }

    @Test
    void aConfusedParliamentIsConfirmedJudgedPublishedAndCorrected() {
        Stories.Pair story = Stories.twoParliaments("Uruguay", "Paraguay");
        long conflict = Stories.conflictIn(story.confused());
        Desk editor = Desk.signedIn("editor", Role.EDITOR);

        assertThat(editor.request().queryParam("outlet", story.outlet()).get("/queue").then().statusCode(200).extract().asString())
                .contains("/conflicts/" + conflict);
        assertThat(editor.request().get("/conflicts/" + conflict).then().statusCode(200).extract().asString())
                .contains("Parliament (Uruguay)", "Parliament (Paraguay)", "<mark>");
        long conflictVersion = Desk.number("SELECT version FROM conflict WHERE id = " + conflict);
        assertThat(editor.follow(editor.form().formParam("version", conflictVersion).post("/conflicts/" + conflict + "/confirm")))
                .contains("Conflict confirmed");

        long verdict = misattributed(editor, conflict);
        assertThat(Desk.strings("SELECT status FROM conflict WHERE id = " + conflict)).containsExactly("resolved");
        // a second resolution (a stale page, a colleague at the same moment) is refused: one conflict, one verdict
        List<String> again = evidenceKeys(editor.request().get("/conflicts/" + conflict + "/verdict").then().extract().asString());
        assertThat(editor.form().formParam("rating", "misattributed").formParam("headline", "Again").formParam("summary", "Once more.")
                .formParam("evidence", again.get(0)).post("/conflicts/" + conflict + "/verdict").then().statusCode(409).extract().asString())
                .contains("already resolved");
        assertThat(Desk.number("SELECT count(*) FROM verdict WHERE conflict_id = " + conflict)).isEqualTo(1);
        assertThat(Desk.number("SELECT count(*) FROM verdict_evidence x JOIN verdict_revision r ON r.id = x.revision_id WHERE r.verdict_id = "
                + verdict)).isEqualTo(2);
        assertThat(editor.follow(editor.form().formParam("version", version(verdict)).post("/verdicts/" + verdict + "/submit")))
                .contains("Sent for review", "in review");
        editor.form().formParam("version", version(verdict)).post("/verdicts/" + verdict + "/publish").then().statusCode(403);

        Desk publisher = Desk.signedIn("publisher", Role.PUBLISHER);
        assertThat(publisher.follow(publisher.form().formParam("version", version(verdict)).post("/verdicts/" + verdict + "/publish")))
                .contains("Published.", "published");

        String correction = publisher.request().get("/verdicts/" + verdict + "/correction").then().statusCode(200).extract().asString();
        List<String> spans = evidenceKeys(correction);
        String corrected = publisher.follow(publisher.form().formParam("rating", "misattributed")
                .formParam("headline", "The resolution was Uruguay's, not Paraguay's")
                .formParam("summary", "The article credits Uruguay's resolution to the parliament of Paraguay.")
                .formParam("evidence", spans.get(0)).formParam("evidence", spans.get(1))
                .formParam("correctionNote", "The headline now names both parliaments.").formParam("version", version(verdict))
                .post("/verdicts/" + verdict + "/correction"));
        assertThat(corrected).contains("Correction published", "The headline now names both parliaments.", "Revision 2", "Revision 1");
        assertThat(Desk.strings("SELECT headline FROM verdict_revision WHERE verdict_id = " + verdict + " ORDER BY revision"))
                .containsExactly("The resolution was not the neighbour's parliament's", "The resolution was Uruguay's, not Paraguay's");
        assertThat(Desk.strings("SELECT action FROM audit_entry WHERE (item_type = 'verdict' AND item_id = '" + verdict
                + "') OR (item_type = 'conflict' AND item_id = '" + conflict + "') ORDER BY id"))
                .containsExactly("conflict.found", "conflict.confirm", "conflict.resolve", "verdict.draft", "verdict.submit", "verdict.publish",
                        "verdict.correct");
    }
}
