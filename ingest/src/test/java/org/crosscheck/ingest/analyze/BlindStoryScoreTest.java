package org.crosscheck.ingest.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A second story nobody tuned for: six invented articles about a mine explosion (a syndicated copy, paraphrased
 * facts, a rising toll, a wrong toll, a wrong depth, a wrong date, one quotation in two mouths, compensation credited
 * to the wrong body, misspelt and unaccented names), annotated by someone who never saw the analysis. Read as
 * {@code analyze} reads files and scored by the shared scorer.
 */
class BlindStoryScoreTest {

    private static final Path STORY = Path.of("src/test/resources/story-blind");

    @Test
    void aMineExplosionToldBySixOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        ScorerRun run = ScorerRun.scoreFolder(STORY.resolve("gold.json").toAbsolutePath(), STORY.toAbsolutePath(),
                Path.of("target/story-blind-report.json").toAbsolutePath());
        System.out.println(run.output);
        assertThat(run.forbiddenMerges()).isZero();
        // Floors as measured when the story was added (docs/reconciliation.md, "Measured"); far below issue 5's bar,
        // and kept so that a change that reads this story worse fails here.
        assertThat(run.attributionF1()).isGreaterThanOrEqualTo(0.78);
        assertThat(run.conflictsFound()).isGreaterThanOrEqualTo(4);
        assertThat(run.conflictPrecision()).isGreaterThanOrEqualTo(0.55);
        assertThat(run.crossOutletPairsGrouped()).isGreaterThanOrEqualTo(16);
    }

    private static final Path PORT_STORY = Path.of("src/test/resources/story-blind-2");

    /**
     * A third story, written and annotated blind after the mine story's rules were in: seven articles on a port
     * concession vote in Croatia (a wire copy, a credited report, a wrong vote count, a wrong term, two wrong dates,
     * a quotation credited to two people in two outlets and to two people in one article, a finding credited to the
     * wrong body, misspelt and unaccented names, and counts that legitimately change).
     */
    @Test
    void aPortConcessionVoteToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        ScorerRun run = ScorerRun.scoreFolder(PORT_STORY.resolve("gold.json").toAbsolutePath(), PORT_STORY.toAbsolutePath(),
                Path.of("target/story-blind-2-report.json").toAbsolutePath());
        System.out.println(run.output);
        // Floors as measured (docs/reconciliation.md); one forbidden merge is known: "Port of Rijeka", the
        // port's operator, is read as the city.
        assertThat(run.forbiddenMerges()).isLessThanOrEqualTo(1);
        assertThat(run.attributionF1()).isGreaterThanOrEqualTo(0.68);
        assertThat(run.conflictsFound()).isGreaterThanOrEqualTo(5);
        assertThat(run.conflictPrecision()).isGreaterThanOrEqualTo(0.8);
        assertThat(run.crossOutletPairsGrouped()).isGreaterThanOrEqualTo(15);
    }
}
