package org.crosscheck.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.reconcile.Statement;
import org.junit.jupiter.api.Test;

/** The benchmark's world must be the same world every time, and shaped like extraction's output. */
class StatementWorldTest {

    @Test
    void anArticleIsTheSameWhicheverOrderItsWorldIsAskedIn() {
        StatementWorld forward = new StatementWorld(7, 2_000);
        StatementWorld backward = new StatementWorld(7, 2_000);
        List<Statement> early = forward.article(11);
        List<Statement> late = forward.article(1_500);
        assertThat(backward.article(1_500)).isEqualTo(late);
        assertThat(backward.article(11)).isEqualTo(early);
    }

    @Test
    void articlesHaveTenToTwentyStatementsAndSomeAreSyndicatedCopies() {
        StatementWorld world = new StatementWorld(7, 400);
        Set<String> keyed = new HashSet<>();
        int copies = 0;
        for (long n = 0; n < 400; n++) {
            List<Statement> article = world.article(n);
            assertThat(article).hasSizeBetween(10, 20);
            String fingerprint = article.stream().map(s -> s.span() + s.key()).toList().toString();
            copies += keyed.add(fingerprint) ? 0 : 1;
        }
        assertThat(copies).isBetween(10, 60);
    }

    @Test
    void aRunningStoryCrowdsTheSettingOfItsCountry() {
        StatementWorld world = new StatementWorld(7, 2_000);
        long withTopCountry = 0;
        for (long n = 0; n < 2_000; n++) {
            withTopCountry += world.article(n).get(0).setting().contains("country-000") ? 1 : 0;
        }
        // Zipf prominence: the most named country is in the setting of one article in six or so, not one in 200.
        assertThat(withTopCountry).isBetween(200L, 600L);
    }
}
