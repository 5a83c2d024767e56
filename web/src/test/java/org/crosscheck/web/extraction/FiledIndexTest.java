package org.crosscheck.web.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.core.reconcile.PropositionIndex;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.db.reconcile.FiledMentions;
import org.crosscheck.ingest.reconcile.FiledIndex;
import org.crosscheck.ingest.reconcile.StoredReconciliation;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation keeps its index in the store, so the server holds no claim mention between documents. Whatever
 * order articles from several outlets arrive in, even at once, the stored propositions are those a full
 * recompute over every stored mention gives; and an index filed by other rules is filed again before use.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class FiledIndexTest {

    @Inject
    AgroalDataSource database;

    @Inject
    FiledMentions filed;

    private static final String[][] ARTICLES = {
            {"Levee breach floods Korsvik", "The river levee at Korsvik gave way on Tuesday night, the regional water board said. "
                    + "At least 30 people were injured in Korsvik, officials said. The board said repairs would take a month.", "Fjord Herald", "2024-09-03"},
            {"Korsvik flooding", "Floodwater poured through a breach in the Korsvik levee late on Tuesday. Around 40 people were evacuated, "
                    + "police said. The mayor of Korsvik blamed years of underfunding.", "North Ledger", "2024-09-04"},
            {"Korsvik evacuation", "The levee in Korsvik failed on Tuesday. 300 people were injured, the regional water board said."
                    + " The mayor of Korsvik said the town would sue the water board.", "Coastal Times", "2024-09-04"},
            {"Water board defends Korsvik repairs", "The regional water board said on Thursday that the Korsvik levee had been "
                    + "inspected in May. The mayor of Korsvik blamed years of underfunding, the Fjord Herald reported.", "Valley Post", "2024-09-05"},
            {"Ministers visit Korsvik", "Two ministers visited Korsvik on Friday. The interior minister promised 12 million crowns for "
                    + "repairs to the levee. The water board said repairs would take a month.", "North Ledger", "2024-09-06"},
            {"Korsvik aid pledged", "The interior minister pledged 15 million crowns on Friday for the Korsvik levee. The mayor of "
                    + "Korsvik welcomed the money but said it came late.", "Fjord Herald", "2024-09-06"},
    };

    @Test
    void articlesArrivingAtOnceAreGroupedAsAFullRecomputeGroupsThem() throws Exception {
        List<Long> documents = ingestAtOnce();
        Map<String, Set<String>> stored = storedGroups(documents);
        assertThat(stored).isEqualTo(recomputedGroups(documents));
        assertThat(stored.values()).as("the story has propositions told by several articles")
                .anyMatch(group -> group.stream().map(m -> m.substring(0, m.indexOf('#'))).distinct().count() > 1);
        assertThat(strings("SELECT DISTINCT k.kind FROM conflict k JOIN conflict_side s ON s.conflict_id = k.id WHERE s.document_id = ANY (?)",
                documents)).as("and conflicts between them").isNotEmpty();
        assertThat(strings("SELECT count(*)::text FROM claim WHERE document_id = ANY (?) AND (component IS NULL OR proposition_id IS NULL)",
                documents)).containsExactly("0");
    }

    @Test
    void anIndexFiledByOtherRulesIsFiledAgainBeforeTheNextArticle() throws Exception {
        List<Long> documents = ingestAtOnce();
        execute("UPDATE reconciliation_state SET rules = 'older rules'");
        execute("DELETE FROM mention_link WHERE a IN (SELECT mention FROM claim WHERE document_id = ANY (?))", documents);

        documents.add(post(new String[] {"Korsvik levee reopens", "The Korsvik levee reopened on Monday, the regional water board said.",
                "Coastal Times", "2024-10-07"}));
        Newsroom.awaitExtracted(documents.get(documents.size() - 1));

        assertThat(QuarkusTransaction.requiringNew().call(filed::filedRules).orElseThrow()).startsWith(StoredReconciliation.VERSION + "/");
        assertThat(storedGroups(documents)).isEqualTo(recomputedGroups(documents));
    }

    private List<Long> ingestAtOnce() throws Exception {
        ExecutorService outlets = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> posted = new ArrayList<>();
            for (String[] article : ARTICLES) {
                posted.add(outlets.submit(() -> post(article)));
            }
            List<Long> documents = new ArrayList<>();
            for (Future<Long> f : posted) {
                documents.add(f.get());
            }
            documents.forEach(Newsroom::awaitExtracted);
            return documents;
        } finally {
            outlets.shutdown();
        }
    }

    private static long post(String[] article) {
        // a run of the test posts the same story again: a fresh line keeps each run's articles apart from the last
        String text = article[0] + "\n\n" + article[1] + "\n\nFiled " + System.nanoTime() + ".";
        return ((Number) Newsroom.apiClient().contentType(ContentType.JSON)
                .body(Map.of("text", text, "outlet", article[2], "published", article[3]))
                .when().post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
    }

    /** For each mention of these documents, every mention its stored proposition holds. */
    private Map<String, Set<String>> storedGroups(List<Long> documents) throws Exception {
        Map<Long, Set<String>> byProposition = new HashMap<>();
        Map<String, Long> propositionOf = new HashMap<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT c.mention, c.proposition_id FROM claim c WHERE c.proposition_id IN (SELECT proposition_id FROM claim "
                        + "WHERE document_id = ANY (?))")) {
            s.setArray(1, c.createArrayOf("bigint", documents.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    byProposition.computeIfAbsent(rows.getLong(2), k -> new TreeSet<>()).add(rows.getString(1));
                    propositionOf.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String mention : mentionsOf(documents)) {
            out.put(mention, byProposition.getOrDefault(propositionOf.get(mention), Set.of()));
        }
        return out;
    }

    /** For each mention of these documents, its group when every stored mention is reconciled at once in memory. */
    private Map<String, Set<String>> recomputedGroups(List<Long> documents) {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        QuarkusTransaction.requiringNew().run(() -> filed.ofDocuments(filed.extractedDocuments())
                .forEach(s -> index.add(FiledIndex.statementOf(s))));
        Map<String, Set<String>> out = new HashMap<>();
        for (String mention : mentionsOf(documents)) {
            Set<String> group = new TreeSet<>();
            index.members(index.groupOf(mention)).forEach(s -> group.add(s.id()));
            out.put(mention, group);
        }
        return out;
    }

    private List<String> mentionsOf(List<Long> documents) {
        return strings("SELECT DISTINCT mention FROM claim WHERE document_id = ANY (?)", documents);
    }

    private List<String> strings(String sql, List<Long> documents) {
        List<String> out = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", documents.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private void execute(String sql, Object... documents) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (documents.length > 0) {
                s.setArray(1, c.createArrayOf("bigint", ((List<?>) documents[0]).toArray()));
            }
            s.executeUpdate();
        }
    }
}
