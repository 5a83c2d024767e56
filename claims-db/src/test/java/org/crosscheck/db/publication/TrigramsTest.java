package org.crosscheck.db.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.crosscheck.db.schema.MigratedSchema;
import org.junit.jupiter.api.Test;

/** The lookup's trigram similarity is PostgreSQL's (pg_trgm on fold_text), so moving it out of SQL changed no ranking. */
class TrigramsTest extends MigratedSchema {

    private static final List<String> WORDINGS = List.of(
            "The House of Representatives authorised the intervention",
            "Egypt's parliament authorised Egyptian intervention on Monday",
            "Shoukry met his Turkish counterpart in Ankara",
            "Soukri said talks would resume",
            "Égypte: le parlement a autorisé l'intervention",
            "more than 50,000 people were displaced in 2013",
            "a",
            "",
            "--- ... ---",
            "Al-Sisi's government rejected the ceasefire proposal, officials said");

    @Test
    void everyPairScoresAsPostgresScoresIt() throws Exception {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT similarity(fold_text(?), fold_text(?))::float8")) {
            for (String question : WORDINGS) {
                Trigrams trigrams = Trigrams.of(question);
                for (String wording : WORDINGS) {
                    statement.setString(1, question);
                    statement.setString(2, wording);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        assertThat(trigrams.similarity(wording)).as("'%s' against '%s'", question, wording)
                                .isCloseTo(row.getDouble(1), within(1e-6));
                    }
                }
            }
        }
    }

    @Test
    void aWordingSharingNoTrigramScoresZeroAndTheSameWordingScoresOne() {
        assertThat(Trigrams.of("ceasefire").similarity("budget")).isZero();
        assertThat(Trigrams.of("Ceasefire AGREED").similarity("ceasefire agreed")).isEqualTo(1.0);
        assertThat(Trigrams.of("").similarity("anything")).isZero();
    }
}
