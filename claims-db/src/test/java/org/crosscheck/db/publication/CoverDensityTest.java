package org.crosscheck.db.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.crosscheck.db.schema.MigratedSchema;
import org.junit.jupiter.api.Test;

/** The lookup's cover density and every-word check are PostgreSQL's, so moving them out of SQL changed no ranking. */
class CoverDensityTest extends MigratedSchema {

    private static final List<String> WORDINGS = List.of(
            "The House of Representatives authorised the intervention",
            "Egypt's parliament authorised Egyptian intervention on Monday, and parliament said the intervention was lawful",
            "O'Neill's council funded the disputed curfew in Lenmelben",
            "The council, the council and the council again",
            "a",
            "",
            "--- ... ---");

    private static final List<String> QUESTIONS = List.of(
            "parliament authorised the intervention",
            "council curfew",
            "O'Neill council",
            "the a an",
            "Egyptian intervention Monday lawful parliament");

    @Test
    void everyMentionRanksAsPostgresRanksIt() throws Exception {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("WITH q AS (SELECT to_tsvector('english', ?) AS question), "
                        + "w AS (SELECT to_tsvector('english', ?) AS search) SELECT w.search::text, tsvector_to_array(q.question), "
                        + "ts_rank_cd(w.search, coalesce(nullif(array_to_string(ARRAY(SELECT quote_literal(l) FROM unnest(tsvector_to_array(q.question)) l), ' | '), ''), "
                        + "'')::tsquery, 32)::float8, websearch_to_tsquery('english', ?)::text, w.search @@ websearch_to_tsquery('english', ?) FROM q, w")) {
            for (String question : QUESTIONS) {
                for (String wording : WORDINGS) {
                    statement.setString(1, question);
                    statement.setString(2, wording);
                    statement.setString(3, question);
                    statement.setString(4, question);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        CoverDensity words = CoverDensity.of(row.getString(1));
                        List<String> lexemes = List.of((String[]) row.getArray(2).getArray());
                        assertThat(words.anyOf(lexemes)).as("'%s' in '%s'", question, wording).isCloseTo(row.getDouble(3), within(1e-6));
                        List<String> every = ClaimSearch.strictLexemes(row.getString(4));
                        assertThat(!every.isEmpty() && words.hasEvery(every)).as("every word of '%s' in '%s'", question, wording)
                                .isEqualTo(row.getBoolean(5));
                    }
                }
            }
        }
    }

    @Test
    void weightedPositionsCountAsPostgresWeighsThem() throws Exception {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT v::text, ts_rank_cd(v, 'council | curfew'::tsquery, 32)::float8 "
                        + "FROM (SELECT setweight(to_tsvector('english', 'council curfew'), 'A') || setweight(to_tsvector('english', 'the council'), 'C') AS v) x")) {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertThat(CoverDensity.of(row.getString(1)).anyOf(List.of("council", "curfew"))).isCloseTo(row.getDouble(2), within(1e-6));
            }
        }
    }
}
