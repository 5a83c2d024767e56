package org.crosscheck.web.newsroom;

import org.crosscheck.web.Newsroom;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** An editor corrects who is who, and reconciliation reruns for what changed while the page shows its progress. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EntityPagesTest {

    private static final Pattern RERUN = Pattern.compile("/entities/reruns/([0-9a-f-]+)");

    /** Waits (polling the fragment, as the page does) until the rerun says it is done; returns what it says. */
    static String awaitRerun(Desk editor, String page) {
        Matcher m = RERUN.matcher(page);
        assertThat(m.find()).as("the page shows the rerun's progress").isTrue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String fragment = editor.request().get("/entities/reruns/" + m.group(1)).then().statusCode(200).extract().asString();
            if (!fragment.contains("hx-get")) {
                return fragment;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the rerun did not finish");
    }

    private static int story(String minister, String outlet) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int id = Desk.ingest("""
                Embassy to close (%s)

                Foreign Minister %s visited Reykjavik on Monday for talks on fishing quotas.

                The trip follows a review of the ministry's spending abroad.
                """.formatted(tag, minister), outlet + " " + tag, "2024-06-03");
        Newsroom.awaitExtracted(id);
        return id;
    }

    private static long entityNamed(String name) {
        return Desk.number("SELECT id FROM entity WHERE name = '" + name + "' AND merged_into_id IS NULL ORDER BY id DESC LIMIT 1");
    }

    @Test
    void mergingAMinistersNicknameIntoHisNameJoinsTheirVisitsIntoOneProposition() {
        String surname = "Kassem" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        String nickname = "Salim" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "z");
        int first = story("Ahmed " + surname, "Nordic Wire");
        int second = story("Abu " + nickname, "Atlantic Post");
        long kept = entityNamed("Ahmed " + surname);
        long gone = entityNamed("Abu " + nickname);
        String visits = "SELECT count(DISTINCT proposition_id) FROM claim WHERE document_id IN (" + first + ", " + second
                + ") AND predicate = 'visit'";
        assertThat(Desk.number(visits)).as("two actors, two visits").isEqualTo(2);
        Desk editor = Desk.signedIn("who-is-who", Role.EDITOR);

        String page = editor.request().get("/entities/" + kept + "?merge=" + nickname).then().statusCode(200).extract().asString();
        assertThat(page).contains("/entities/" + kept + "/merge/" + gone);
        long version = Desk.number("SELECT version FROM entity WHERE id = " + kept);
        String merged = editor.follow(editor.form().formParam("version", version).post("/entities/" + kept + "/merge/" + gone));
        assertThat(merged).contains("Merged &#39;Abu " + nickname + "&#39; into this entity", "Abu " + nickname);
        assertThat(awaitRerun(editor, merged)).contains("propositions and conflicts rewritten");

        assertThat(Desk.number(visits)).as("one actor, one visit").isEqualTo(1);
        assertThat(Desk.number("SELECT count(*) FROM claim WHERE actor_ids @> ARRAY[" + gone + "::bigint]")).isZero();
        // the visit's proposition: the article's other claims naming the minister (none is promised) must not be picked
        long proposition = Desk.number("SELECT proposition_id FROM claim WHERE document_id = " + first + " AND predicate = 'visit' AND actor_ids @> ARRAY["
                + kept + "::bigint]");
        assertThat(Desk.strings("SELECT array_to_string(outlets, ',') FROM proposition WHERE id = " + proposition).get(0))
                .contains("Nordic Wire", "Atlantic Post");
        assertThat(editor.request().get("/entities/" + gone).then().statusCode(200).extract().asString()).contains("Merged into");
        assertThat(Desk.strings("SELECT action FROM audit_entry WHERE item_type = 'entity' AND item_id = '" + kept + "'")).contains("entity.merge");
    }

    @Test
    void splittingAnAliasOffMovesTheArticlesThatUsedItToANewEntity() {
        String surname = "Varga" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "y");
        int first = story("Ilona " + surname, "Danube Wire");
        long entity = entityNamed("Ilona " + surname);
        Desk editor = Desk.signedIn("splitter", Role.EDITOR);
        long version = Desk.number("SELECT version FROM entity WHERE id = " + entity);
        editor.form().formParam("version", version).formParam("alias", "Minister Irena " + surname).post("/entities/" + entity + "/aliases")
                .then().statusCode(303);
        long alias = Desk.number("SELECT id FROM entity_alias WHERE entity_id = " + entity + " AND alias = 'Minister Irena " + surname + "'");
        String split = editor.follow(editor.form().formParam("version", version + 1).post("/entities/" + entity + "/aliases/" + alias + "/split"));
        assertThat(split).contains("is now an entity of its own");
        awaitRerun(editor, split);
        long created = entityNamed("Minister Irena " + surname);
        assertThat(created).isNotEqualTo(entity);
        assertThat(Desk.number("SELECT count(*) FROM entity_alias WHERE id = " + alias + " AND entity_id = " + created)).isEqualTo(1);
        assertThat(Desk.number("SELECT count(*) FROM claim WHERE document_id = " + first + " AND actor_ids @> ARRAY[" + entity + "::bigint]"))
                .as("no article wrote the split-off name, so its claims stay").isPositive();
        String own = Desk.strings("SELECT alias FROM entity_alias WHERE entity_id = " + entity + " ORDER BY id LIMIT 1").get(0);
        long ownAlias = Desk.number("SELECT id FROM entity_alias WHERE entity_id = " + entity + " ORDER BY id LIMIT 1");
        if (own.equals("Ilona " + surname)) {
            String refused = editor.form().formParam("version", version + 2).post("/entities/" + entity + "/aliases/" + ownAlias + "/split")
                    .then().statusCode(409).extract().asString();
            assertThat(refused).contains("the entity&#39;s own name");
        }
    }
}
