package org.crosscheck.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which counts say how things stand on a day, and which say what one event did. */
class OngoingCountsTest {

    @Test
    void aCountInThePresentOrPerfectIsHowThingsStand() {
        assertThat(OngoingCounts.ongoing("Seven of the patients are in intensive care")).isTrue();
        assertThat(OngoingCounts.ongoing("Two people have died")).isTrue();
        assertThat(OngoingCounts.ongoing("Nine patients were in intensive care on Friday")).isTrue();
    }

    @Test
    void whatAnEventDidIsNot() {
        assertThat(OngoingCounts.ongoing("The blast killed seven miners")).isFalse();
        assertThat(OngoingCounts.ongoing("Nine people were injured in the crash")).isFalse();
    }
}
