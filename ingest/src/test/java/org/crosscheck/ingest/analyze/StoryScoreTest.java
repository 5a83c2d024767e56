package org.crosscheck.ingest.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Stories of our own (two countries' National Assemblies and parliaments, a misspelt surname, pronouns, a capital
 * speaking for its government, split quotes, appositive subjects), scored by the shared scorer against their own
 * hand annotation.
 */
class StoryScoreTest {

    @Test
    void twoNationalAssembliesStayApartAndEveryQuoteFindsItsSpeaker() throws Exception {
        Path stories = Path.of("src/test/resources/stories");
        ScorerRun run = ScorerRun.score(stories.resolve("gold.json"), stories, Path.of("target/stories-report.json"));
        System.out.println(run.output);
        assertThat(run.forbiddenMerges()).isZero();
        assertThat(run.attributionF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(run.directQuoteRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(run.resolvedShare()).isGreaterThanOrEqualTo(0.90);
    }
}
