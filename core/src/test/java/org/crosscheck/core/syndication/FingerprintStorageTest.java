package org.crosscheck.core.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintStorageTest {

    private static final String WIRE = "The harbour authority said on Monday that the new container terminal would open in "
            + "the spring, after two years of delays caused by flooding and a dispute over the dredging contract.";

    @Test
    void aStoredFingerprintComparesLikeTheOriginal() {
        BodyFingerprint original = BodyFingerprint.of(WIRE);
        BodyFingerprint restored = BodyFingerprint.restore(original.bytes());
        assertThat(restored.similarity(original)).isEqualTo(1.0);
        assertThat(restored.bands()).containsExactly(original.bands());
    }

    @Test
    void aLightlyEditedCopySharesABandWithItsSource() {
        long[] source = BodyFingerprint.of(WIRE).bands();
        long[] copy = BodyFingerprint.of(WIRE.replace("on Monday", "on Tuesday")).bands();
        boolean shared = false;
        for (int band = 0; band < source.length; band++) {
            shared |= source[band] == copy[band];
        }
        assertThat(shared).isTrue();
    }

    @Test
    void anUnrelatedStorySharesNoBand() {
        long[] one = BodyFingerprint.of(WIRE).bands();
        long[] other = BodyFingerprint.of("Voters in the northern provinces returned the governing coalition with a "
                + "reduced majority, according to official results published late on Sunday night.").bands();
        for (int band = 0; band < one.length; band++) {
            assertThat(one[band]).isNotEqualTo(other[band]);
        }
    }

    @Test
    void anEmptyBodyHasNoBands() {
        assertThat(BodyFingerprint.of("").bands()).isEmpty();
    }
}
