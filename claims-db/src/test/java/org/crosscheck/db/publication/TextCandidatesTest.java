package org.crosscheck.db.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.publication.LexemeFrequencies.Snapshot;
import org.junit.jupiter.api.Test;

/** A broad lookup reads the rare, telling words first and pays for a common word's list only as far as it must. */
class TextCandidatesTest {

    private static final Map<String, Double> COMMON = Map.of("announc", 0.025, "emerg", 0.10, "polic", 0.033, "reform", 0.067);
    /** A million mentions: a word missing from the statistics (share 0.0003) has about 300. */
    private static final Snapshot STORE = new Snapshot(COMMON, 0.0003, 1_000_000, Instant.now());
    /** A hundred thousand: the same word has about 30, few enough to be read whole. */
    private static final Snapshot SMALL_STORE = new Snapshot(COMMON, 0.0003, 100_000, Instant.now());

    @Test
    void aRareWordIsPairedWithTheLeastCommonWordsWhileTheReadingLasts() {
        List<String> scans = TextCandidates.broad(List.of("announc", "emerg", "ishtasish", "polic", "reform"), STORE, 80);
        assertThat(scans).containsExactly("'ishtasish' & 'announc'", "'ishtasish' & 'polic'");
    }

    @Test
    void twoRareWordsAreReadTogetherFirst() {
        List<String> scans = TextCandidates.broad(List.of("announc", "salmirvik", "zenlens", "polic"), STORE, 80);
        assertThat(scans).containsExactly("'salmirvik' & 'zenlens'", "'salmirvik' & 'announc'", "'zenlens' & 'announc'",
                "'salmirvik' & 'polic'");
    }

    @Test
    void aWordWhoseEveryMentionFitsAmongTheCandidatesIsAlsoReadAlone() {
        List<String> scans = TextCandidates.broad(List.of("announc", "salmirvik", "zenlens", "polic"), SMALL_STORE, 80);
        assertThat(scans).startsWith("'salmirvik' & 'zenlens'").contains("'salmirvik'", "'zenlens'");
    }

    @Test
    void withOnlyCommonWordsTheRarestPairIsStillRead() {
        assertThat(TextCandidates.broad(List.of("announc", "emerg", "polic"), STORE, 80)).containsExactly("'announc' & 'polic'");
    }

    @Test
    void fewerThanThreeWordsAreReadOneByOneRarestFirst() {
        assertThat(TextCandidates.broad(List.of("polic", "ishtasish"), STORE, 80)).containsExactly("'ishtasish'");
        assertThat(TextCandidates.broad(List.of(), STORE, 80)).isEmpty();
    }

    @Test
    void quotesInALexemeCannotBreakTheQuery() {
        assertThat(TextCandidates.quoted("o'neill\\")).isEqualTo("'o''neill\\\\'");
    }
}
