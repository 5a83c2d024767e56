package org.crosscheck.db.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.publication.LexemeFrequencies.Snapshot;
import org.junit.jupiter.api.Test;

/** A broad lookup reads the rare, telling words first and never pays for every common pair. */
class TextCandidatesTest {

    private static final Snapshot STORE = new Snapshot(Map.of("announc", 0.025, "emerg", 0.10, "polic", 0.033, "reform", 0.067), 0.0003,
            1_000_000, Instant.now());

    @Test
    void pairsWithTheRareWordComeFirstAndTwoCommonWordsAreNotReadOnceTheyWouldOverspend() {
        List<String> scans = TextCandidates.broad(List.of("announc", "emerg", "ishtasish", "polic", "reform"), STORE);
        assertThat(scans).startsWith("'ishtasish' & 'announc'", "'ishtasish' & 'polic'", "'ishtasish' & 'reform'", "'ishtasish' & 'emerg'");
        assertThat(scans).hasSize(4);
    }

    @Test
    void withOnlyCommonWordsTheRarestPairIsStillRead() {
        assertThat(TextCandidates.broad(List.of("announc", "emerg", "polic"), STORE)).containsExactly("'announc' & 'polic'");
    }

    @Test
    void fewerThanThreeWordsAreReadOneByOneRarestFirst() {
        assertThat(TextCandidates.broad(List.of("polic", "ishtasish"), STORE)).containsExactly("'ishtasish'");
        assertThat(TextCandidates.broad(List.of(), STORE)).isEmpty();
    }

    @Test
    void quotesInALexemeCannotBreakTheQuery() {
        assertThat(TextCandidates.quoted("o'neill\\")).isEqualTo("'o''neill\\\\'");
        assertThat(TextCandidates.any(List.of("a", "b"))).isEqualTo("'a' | 'b'");
    }
}
