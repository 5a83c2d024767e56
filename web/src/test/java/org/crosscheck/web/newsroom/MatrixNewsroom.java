package org.crosscheck.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.crosscheck.db.account.Role;

/**
 * The items the access matrix works on, each brought into the state its route needs by a chief editor who holds every
 * role: a conflict that cycles open → confirmed → open, a draft verdict that goes to review and back, a published
 * verdict, an entity that gains aliases and splits them off, and fresh items where a route uses one up.
 */
final class MatrixNewsroom {

    final Desk chief = Desk.signedIn("matrix-chief", Role.EDITOR, Role.PUBLISHER, Role.ADMIN);
    final long conflict;
    final long resolvedConflict;
    final long document;
    final long proposition;
    final long draft;
    final long published;
    final String slug;
    final long entity;
    final String rerun;

    MatrixNewsroom() {
        Stories.Pair first = Stories.twoParliaments("Kenya", "Uganda");
        Stories.Pair second = Stories.twoParliaments("Norway", "Sweden");
        conflict = Stories.conflictIn(first.confused());
        resolvedConflict = Stories.conflictIn(second.confused());
        document = first.confused();
        proposition = Desk.number("SELECT proposition_id FROM claim WHERE document_id = " + second.other()
                + " AND proposition_id IS NOT NULL ORDER BY id LIMIT 1");
        draft = ReviewFlowTest.misattributed(chief, resolvedConflict);
        published = publishedVerdict();
        slug = Desk.strings("SELECT slug FROM verdict WHERE id = " + published).get(0);
        entity = Desk.number("SELECT id FROM entity WHERE name ILIKE '%Kenya%' AND kind = 'organization' AND merged_into_id IS NULL ORDER BY id LIMIT 1");
        long other = splitEntity();
        Response merged = chief.form().formParam("version", entityVersion()).post("/entities/" + entity + "/merge/" + other);
        assertThat(merged.statusCode()).as(merged.asString()).isEqualTo(303);
        rerun = merged.getHeader("Location").replaceAll(".*rerun=", "");
    }

    /** The evidence keys a verdict form offers (the first of them is enough for a valid verdict). */
    List<String> evidence(String formPage) {
        String page = chief.request().get(formPage).then().statusCode(200).extract().asString();
        List<String> keys = ReviewFlowTest.evidenceKeys(page);
        assertThat(keys).as(formPage).isNotEmpty();
        return keys;
    }

    /** A new draft verdict on the matrix's proposition. */
    long draftVerdict() {
        Response created = chief.form().formParam("rating", "misattributed").formParam("headline", "Matrix draft " + UUID.randomUUID())
                .formParam("summary", "s").formParam("evidence", evidence("/propositions/" + proposition + "/verdict").get(0))
                .post("/propositions/" + proposition + "/verdict");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        return Desk.number("SELECT max(id) FROM verdict WHERE proposition_id = " + proposition);
    }

    long verdictInReview() {
        long verdict = draftVerdict();
        step(verdict, "submit");
        return verdict;
    }

    long publishedVerdict() {
        long verdict = verdictInReview();
        step(verdict, "publish");
        return verdict;
    }

    /** The draft as a draft or as sent for review, whichever the route needs. */
    long draft(String status) {
        String now = Desk.strings("SELECT status FROM verdict WHERE id = " + draft).get(0);
        if (!now.equals(status)) {
            step(draft, status.equals("draft") ? "return" : "submit");
        }
        return draft;
    }

    /** The conflict open, or reviewed (confirmed), whichever the route needs. */
    long conflict(boolean open) {
        boolean isOpen = Desk.strings("SELECT status FROM conflict WHERE id = " + conflict).get(0).equals("open");
        if (isOpen != open) {
            Response changed = chief.form().formParam("version", conflictVersion()).post("/conflicts/" + conflict + (open ? "/reopen" : "/confirm"));
            assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(303);
        }
        return conflict;
    }

    private static final String[][] MORE_PARLIAMENTS = {{"Portugal", "Spain"}, {"Austria", "Hungary"}, {"Finland", "Estonia"}};
    private int storiesTold;

    /** A conflict nobody has resolved yet, from a new pair of articles: resolving one uses it up. */
    long unresolvedConflict() {
        String[] pair = MORE_PARLIAMENTS[storiesTold++ % MORE_PARLIAMENTS.length];
        return Stories.conflictIn(Stories.twoParliaments(pair[0], pair[1]).confused());
    }

    /** A new alias of the matrix's entity; returns its id. */
    long alias() {
        String name = "matrix alias " + UUID.randomUUID().toString().substring(0, 8);
        chief.form().formParam("version", entityVersion()).formParam("alias", name).post("/entities/" + entity + "/aliases").then().statusCode(303);
        return Desk.number("SELECT id FROM entity_alias WHERE entity_id = " + entity + " AND alias = '" + name + "'");
    }

    /** A new entity of the same kind, made by splitting an alias off the matrix's entity. */
    long splitEntity() {
        long alias = alias();
        String name = Desk.strings("SELECT alias FROM entity_alias WHERE id = " + alias).get(0);
        chief.form().formParam("version", entityVersion()).post("/entities/" + entity + "/aliases/" + alias + "/split").then().statusCode(303);
        return Desk.number("SELECT max(id) FROM entity WHERE name = '" + name + "'");
    }

    long conflictVersion() {
        return Desk.number("SELECT version FROM conflict WHERE id = " + conflict);
    }

    long entityVersion() {
        return Desk.number("SELECT version FROM entity WHERE id = " + entity);
    }

    /** A step the chief takes; a refused step also answers 303, so the version shows whether it was taken. */
    private void step(long verdict, String action) {
        long before = ReviewFlowTest.version(verdict);
        Response stepped = chief.form().formParam("version", before).post("/verdicts/" + verdict + "/" + action);
        assertThat(stepped.statusCode()).as(action + ": " + stepped.asString()).isEqualTo(303);
        assertThat(ReviewFlowTest.version(verdict)).as(action + " of verdict " + verdict).isGreaterThan(before);
    }
}
