package org.crosscheck.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.crosscheck.db.account.Role;
import org.crosscheck.db.review.EntityChanges;
import org.crosscheck.ingest.reconcile.StoredReconciliation;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Articles arrive from several threads while an editor merges four parliaments into one and splits one of their
 * names off again, round after round; afterwards the store must hold together: every claim in one live proposition, no
 * proposition or claim naming a merged-away entity, no verdict or conflict on a hollow proposition, and the grouping
 * the same as a full recompute from the stored statements.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReconciliationDuringMergeTest {

    /** Per round: the parliament that is kept, and three that are merged into it one after another. */
    private static final String[][] ROUNDS = {{"Ghana", "Togo", "Benin", "Gabon"}, {"Nepal", "Bhutan", "Mongolia", "Armenia"},
            {"Poland", "Latvia", "Estonia", "Lithuania"}, {"Mali", "Chad", "Senegal", "Zambia"}, {"Kenya", "Uganda", "Rwanda", "Burundi"}, {"Peru", "Bolivia", "Ecuador", "Colombia"},
            {"Iceland", "Ireland", "Portugal", "Spain"}, {"Cuba", "Haiti", "Jamaica", "Panama"}};
    /** -Dcrosscheck.race.heavy=true: twice the rounds and nearly three times the articles, for hunting rarer interleavings. */
    private static final boolean HEAVY = Boolean.getBoolean("crosscheck.race.heavy");
    private static final int PLAYED_ROUNDS = HEAVY ? ROUNDS.length : 4;
    private static final int INGESTING_THREADS = HEAVY ? 4 : 3;
    private static final int ARTICLES_PER_THREAD = HEAVY ? 8 : 4;

    @Test
    void mergingAndSplittingEntitiesWhileArticlesArriveLeavesTheSameGroupsAsAFullRecompute() throws Exception {
        Desk editor = Desk.signedIn("racing-editor", Role.EDITOR);
        List<Integer> documents = new ArrayList<>();
        List<String> reruns = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(INGESTING_THREADS + 1);
        try {
            for (String[] round : java.util.Arrays.copyOf(ROUNDS, PLAYED_ROUNDS)) {
                for (String country : round) {
                    documents.add(treaty(country, "Setup Wire"));
                }
                documents.forEach(org.crosscheck.web.Newsroom::awaitExtracted);
                List<Long> parliaments = java.util.Arrays.stream(round).map(ReconciliationDuringMergeTest::parliament).toList();
                List<Future<List<Integer>>> ingests = new ArrayList<>();
                for (int t = 0; t < INGESTING_THREADS; t++) {
                    int thread = t;
                    ingests.add(pool.submit(() -> {
                        List<Integer> mine = new ArrayList<>();
                        for (int a = 0; a < ARTICLES_PER_THREAD; a++) {
                            mine.add(treaty(round[(a + thread) % round.length], "Outlet " + thread + "-" + a));
                        }
                        return mine;
                    }));
                }
                Future<List<String>> edits = pool.submit(mergeThenSplit(editor, parliaments, round[round.length - 1]));
                for (Future<List<Integer>> ingest : ingests) {
                    documents.addAll(ingest.get());
                }
                reruns.addAll(edits.get());
            }
        } finally {
            pool.shutdownNow();
        }
        documents.forEach(org.crosscheck.web.Newsroom::awaitExtracted);
        reruns.forEach(ReconciliationDuringMergeTest::awaitRerun);

        assertThat(Desk.strings("SELECT c.id FROM claim c JOIN document d ON d.id = c.document_id WHERE d.extracted_at IS NOT NULL "
                + "AND c.statement_key <> '' AND c.proposition_id IS NULL")).as("claims in no proposition").isEmpty();
        assertThat(Desk.strings("SELECT p.id FROM proposition p WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.proposition_id = p.id)"))
                .as("propositions with no claim left").isEmpty();
        assertThat(Desk.strings("SELECT 'proposition ' || p.id || ' names entity ' || e.id || ' merged into ' || e.merged_into_id "
                + "FROM proposition p JOIN entity e ON e.id = p.actor_entity_id WHERE e.merged_into_id IS NOT NULL"))
                .as("propositions whose actor was merged away").isEmpty();
        assertThat(Desk.strings("SELECT 'claim ' || c.id || ' of document ' || c.document_id || ' names entity ' || e.id || ' merged into ' "
                + "|| e.merged_into_id || ' (actors ' || c.actor_ids::text || ', participants ' || c.participant_ids::text || ')' FROM claim c "
                + "JOIN entity e ON e.merged_into_id IS NOT NULL AND e.id = ANY (c.actor_ids || c.participant_ids || c.place_ids || c.setting_ids)"))
                .as("claims whose statement names a merged-away entity").isEmpty();
        assertThat(Desk.strings("SELECT v.id FROM verdict v WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.proposition_id = v.proposition_id) "
                + "UNION ALL SELECT k.id FROM conflict k WHERE k.proposition_id IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.proposition_id = k.proposition_id)"))
                .as("verdicts and conflicts on a proposition with no claim").isEmpty();

        Set<Set<Long>> live = grouping();
        fullRecompute();
        assertThat(grouping()).as("the grouping after a full recompute from the stored statements").isEqualTo(live);
        assertThat(documents).hasSize(PLAYED_ROUNDS * (ROUNDS[0].length + INGESTING_THREADS * ARTICLES_PER_THREAD));
        assertThat(reruns).hasSize(PLAYED_ROUNDS * ROUNDS[0].length);
    }

    /** One report of a parliament approving the treaty: every outlet words it alike, so reports of one body group. */
    private static int treaty(String country, String outlet) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        return Desk.ingest("""
                Treaty vote (%s)

                %s's parliament approved the fisheries treaty on Wednesday, officials said.

                Fishing crews said the quotas would be enforced from the spring.
                """.formatted(tag, country), outlet + " " + tag, "2024-06-05");
    }

    private static long parliament(String country) {
        return Desk.number("SELECT id FROM entity WHERE name ILIKE '%(" + country + ")%' AND kind = 'organization' AND merged_into_id IS NULL "
                + "ORDER BY id LIMIT 1");
    }

    /** The editor merges each other parliament into the first, then splits the last one's name off again; returns the reruns. */
    private static Callable<List<String>> mergeThenSplit(Desk editor, List<Long> parliaments, String last) {
        return () -> {
            long keeper = parliaments.get(0);
            List<String> reruns = new ArrayList<>();
            for (long other : parliaments.subList(1, parliaments.size())) {
                Response merged = editor.form().formParam("version", version(keeper)).post("/entities/" + keeper + "/merge/" + other);
                assertThat(merged.statusCode()).as(merged.asString()).isEqualTo(303);
                reruns.add(rerunOf(merged));
            }
            long alias = Desk.number("SELECT id FROM entity_alias WHERE entity_id = " + keeper + " AND alias ILIKE '%" + last + "%' ORDER BY id LIMIT 1");
            Response split = editor.form().formParam("version", version(keeper)).post("/entities/" + keeper + "/aliases/" + alias + "/split");
            assertThat(split.statusCode()).as(split.asString()).isEqualTo(303);
            reruns.add(rerunOf(split));
            return reruns;
        };
    }

    private static long version(long entity) {
        return Desk.number("SELECT version FROM entity WHERE id = " + entity);
    }

    private static String rerunOf(Response redirect) {
        String location = redirect.getHeader("Location");
        assertThat(location).contains("rerun=");
        return location.replaceAll(".*rerun=", "");
    }

    private static void awaitRerun(String id) {
        ReconciliationReruns reruns = Arc.container().instance(ReconciliationReruns.class).get();
        Desk.await("rerun " + id, () -> reruns.find(id).orElseThrow().done());
        ReconciliationReruns.Rerun rerun = reruns.find(id).orElseThrow();
        assertThat(rerun.failed()).as(rerun.stage()).isFalse();
    }

    /** Claims grouped by the proposition they are in, without the propositions' ids. */
    private static Set<Set<Long>> grouping() {
        return Desk.strings("SELECT string_agg(id::text, ',' ORDER BY id) FROM claim WHERE proposition_id IS NOT NULL GROUP BY proposition_id")
                .stream().map(ids -> java.util.Arrays.stream(ids.split(",")).map(Long::valueOf).collect(Collectors.toSet()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The index rebuilt from the stored statements and every claim's group written back, as an entity rerun does for some. */
    private static void fullRecompute() {
        List<Long> claims = Desk.strings("SELECT id FROM claim WHERE statement_key <> ''").stream().map(Long::valueOf).toList();
        EntityChanges changes = Arc.container().instance(EntityChanges.class).get();
        StoredReconciliation reconciliation = Arc.container().instance(StoredReconciliation.class).get();
        QuarkusTransaction.requiringNew().run(() -> reconciliation.reload(changes.claimsToReconcile(claims)));
    }
}
