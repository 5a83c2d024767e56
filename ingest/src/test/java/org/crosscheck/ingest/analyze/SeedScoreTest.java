package org.crosscheck.ingest.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The analysis of the five seed articles, scored by the shared scorer against the hand annotation. */
class SeedScoreTest {

    @Test
    void whoSaidWhatInTheSeedsMatchesTheHandAnnotation() throws Exception {
        Path shared = ScorerRun.shared();
        ScorerRun run = ScorerRun.score(shared.resolve("gold/seeds.json"), shared.resolve("seeds"), Path.of("target/seeds-report.json"));
        System.out.println(run.output);
        assertThat(run.attributionF1()).isGreaterThanOrEqualTo(0.97);
        assertThat(run.directQuoteRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(run.forbiddenMerges()).isZero();
        // The bar: 90% of entities fully resolved (52/57 reached; forces named by their commander, a government named
        // by who backs it and a city named by its trade are descriptions no rule resolves yet).
        assertThat(run.resolvedShare()).isGreaterThanOrEqualTo(0.90);
        // Reconciliation, as measured when written (docs/reconciliation.md): 7 of 7 conflicts, precision 1.0,
        // 25 of 64 cross-outlet pairs, 1 distinct pair wrongly grouped. Issue 5's 80 % of pairs is not met.
        assertThat(run.conflictsFound()).isEqualTo(7);
        assertThat(run.conflictPrecision()).isGreaterThanOrEqualTo(0.8);
        assertThat(run.crossOutletPairsGrouped()).isGreaterThanOrEqualTo(25);
        assertThat(run.distinctClaimsWronglyGrouped()).isLessThanOrEqualTo(3);
    }
}
