package org.crosscheck.web.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** After ingest, the background worker stores who said what; one actor quoted by two outlets is one row. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ExtractionTest {

    @Inject
    AgroalDataSource database;

    static int post(String text, String outlet) {
        return Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", outlet, "published", "2024-06-03"))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void aSpeakerQuotedByTwoOutletsIsOneActorWithBothAttributions() throws Exception {
        int first = post("""
                Lisbon hosts fisheries talks

                Portugal's Foreign Minister Ana Ferreira said on Monday that the fishing quota talks would resume in July.
                "We expect a fair agreement for our coastal towns," Ferreira told reporters in Lisbon.
                """, "The Harbour Ledger");
        int second = post("""
                Quota talks to restart in summer

                The talks on fishing quotas will start again next month, according to Ana Ferreira, Portugal's foreign minister.
                "Our fleets have waited long enough," she said after meeting her Spanish counterpart on Monday evening.
                """, "Meridian Wire");

        Newsroom.awaitExtracted(first);
        Newsroom.awaitExtracted(second);

        assertThat(count("SELECT count(*) FROM attribution WHERE document_id = ?", first)).isPositive();
        assertThat(count("SELECT count(*) FROM attribution WHERE document_id = ?", second)).isPositive();
        assertThat(count("SELECT count(*) FROM entity WHERE kind = 'person' AND name ILIKE '%Ferreira%'", null)).isEqualTo(1);
        assertThat(count("SELECT count(DISTINCT a.document_id) FROM attribution a JOIN entity e ON e.id = a.speaker_entity_id "
                + "WHERE e.name ILIKE '%Ferreira%' AND a.document_id IN (" + first + ", " + second + ")", null)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM document WHERE id = ? AND extraction_error IS NULL", first)).isEqualTo(1);
    }

    @Test
    void aSurnameAloneInALaterArticleIsTheActorNamedInFullBefore() throws Exception {
        int first = post("""
                Grain corridor talks resume

                Chile's Agriculture Minister Tomas Varela said on Monday that grain exports would resume next week.
                "The ships are ready," Varela told reporters at the port.
                """, "The Valley Courier");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Exports restart

                "We have cleared the backlog at last," Varela said on Wednesday, adding that inspections would continue.
                """, "Coastline News");
        Newsroom.awaitExtracted(second);

        assertThat(count("SELECT count(*) FROM entity WHERE kind = 'person' AND name ILIKE '%Varela%'", null)).isEqualTo(1);
        assertThat(count("SELECT count(DISTINCT a.document_id) FROM attribution a JOIN entity e ON e.id = a.speaker_entity_id "
                + "WHERE e.name ILIKE '%Varela%' AND a.document_id IN (" + first + ", " + second + ")", null)).isEqualTo(2);
    }

    @Test
    void twoParliamentsOfOneNameInTwoCountriesStayTwoActors() throws Exception {
        int first = post("""
                Assembly votes on water treaty

                Kenya's National Assembly said in a statement on Tuesday that the treaty would be ratified within a month.
                """, "Eastern Daily");
        int second = post("""
                Vote in Kampala

                Uganda's National Assembly said on Wednesday that it needed more time to study the water treaty.
                """, "The Lantern");
        Newsroom.awaitExtracted(first);
        Newsroom.awaitExtracted(second);

        assertThat(count("SELECT count(DISTINCT a.speaker_entity_id) FROM attribution a WHERE a.document_id IN ("
                + first + ", " + second + ")", null)).isEqualTo(2);
    }

    private long count(String sql, Integer parameter) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setInt(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
