package org.crosscheck.web.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.ReconciliationRepository.PropositionRow;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * When reconciliation merges a proposition that carries a verdict into another, the verdict follows its claim to
 * the proposition that now holds it (and the move is in the audit log) instead of the store refusing the merge.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VerdictFollowsMergeTest {

    @Inject
    AgroalDataSource database;

    @Inject
    ReconciliationRepository store;

    @Test
    void aVerdictFollowsItsClaimIntoTheMergedProposition() throws Exception {
        int document = Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("outlet", "The Merge Herald", "published", "2024-07-01",
                "text", "Dam inspection ordered\n\nThe water authority ordered an inspection of the Zelena dam on Monday after cracks "
                        + "appeared in its wall, officials said. Engineers will report within a week, the authority said."))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        Newsroom.awaitExtracted(document);
        long proposition = longs("SELECT proposition_id FROM claim WHERE document_id = " + document + " AND proposition_id IS NOT NULL LIMIT 1").get(0);
        List<Long> claims = longs("SELECT id FROM claim WHERE proposition_id = " + proposition);
        Account editor = Newsroom.member("merge-editor");
        long verdict = longs("INSERT INTO verdict (proposition_id, slug, created_by, updated_by) VALUES (" + proposition + ", 'dam-check-"
                + proposition + "', " + editor.id + ", " + editor.id + ") RETURNING id").get(0);

        QuarkusTransaction.requiringNew().run(() -> store.placePropositions(List.of(new PropositionRow("0-merged-" + proposition,
                "The water authority ordered an inspection of the dam", "EVENT", null, null, 1, 0, (long) document, List.of("The Merge Herald"),
                claims)), "test", Map.of()));

        long heir = longs("SELECT id FROM proposition WHERE key = '0-merged-" + proposition + "'").get(0);
        assertThat(longs("SELECT count(*) FROM proposition WHERE id = " + proposition)).containsExactly(0L);
        assertThat(longs("SELECT proposition_id FROM verdict WHERE id = " + verdict)).containsExactly(heir);
        assertThat(longs("SELECT count(*) FROM audit_entry WHERE item_type = 'verdict' AND item_id = '" + verdict
                + "' AND action = 'moved to merged proposition'")).containsExactly(1L);
    }

    private List<Long> longs(String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = database.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                out.add(rows.getLong(1));
            }
        }
        return out;
    }
}
