package org.crosscheck.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    static final LocalDate MONDAY = LocalDate.of(2023, 3, 13);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Test
    void twoOutletsReportingOnTheirOwnAreTwoIndependentSources() {
        Corroboration c = Corroboration.of(List.of(Mention.of(1, "Meridian Wire", MONDAY), Mention.of(2, "The Lantern", TUESDAY)));
        assertThat(c.independent()).isEqualTo(2);
        assertThat(c.derivative()).isZero();
    }

    @Test
    void aSyndicatedCopyDoesNotCorroborateItsOriginal() {
        Corroboration c = Corroboration.of(List.of(Mention.of(1, "Meridian Wire", MONDAY), Mention.of(2, "The Lantern", TUESDAY).copyOf(1)));
        assertThat(c.independent()).isEqualTo(1);
        assertThat(c.derivative()).isEqualTo(1);
        assertThat(c.outlets()).containsExactly("Meridian Wire", "The Lantern");
    }

    @Test
    void copiesOfOneWireStoryInManyOutletsAreOneVoice() {
        Corroboration c = Corroboration.of(List.of(Mention.of(1, "Meridian Wire", MONDAY),
                Mention.of(2, "The Lantern", TUESDAY).copyOf(1), Mention.of(3, "Eastern Daily", TUESDAY).copyOf(1)));
        assertThat(c.independent()).isEqualTo(1);
        assertThat(c.derivative()).isEqualTo(2);
    }

    @Test
    void twoCopiesOfAnOriginalWeHaveNotStoredAreStillOneVoice() {
        Corroboration c = Corroboration.of(List.of(Mention.of(2, "The Lantern", TUESDAY).copyOf(1), Mention.of(3, "Eastern Daily", TUESDAY).copyOf(1)));
        assertThat(c.independent()).isEqualTo(1);
        assertThat(c.derivative()).isEqualTo(1);
    }

    @Test
    void anArticleCreditingAnotherOutletRelaysThatOutlet() {
        Corroboration c = Corroboration.of(List.of(Mention.of(1, "Meridian Wire", MONDAY),
                Mention.of(2, "The Lantern", TUESDAY).crediting("Meridian Wire")));
        assertThat(c.independent()).isEqualTo(1);
        assertThat(c.derivative()).isEqualTo(1);
    }

    @Test
    void creditingAnOutletWeHaveNotReadStillCountsThatOutletOnce() {
        Corroboration c = Corroboration.of(List.of(Mention.of(1, "The Lantern", MONDAY).crediting("Coastline News"),
                Mention.of(2, "Eastern Daily", TUESDAY).crediting("Coastline News")));
        assertThat(c.independent()).isEqualTo(1);
        assertThat(c.derivative()).isEqualTo(1);
    }

    @Test
    void oneOutletSayingItTwiceIsOneVoice() {
        Corroboration c = Corroboration.of(List.of(Mention.of(1, "The Lantern", MONDAY), Mention.of(2, "the lantern", TUESDAY)));
        assertThat(c.independent()).isEqualTo(1);
    }

    @Test
    void mentionsWithNoKnownOutletAreEachTheirOwnVoice() {
        Corroboration c = Corroboration.of(List.of(Mention.of(1, null, MONDAY), Mention.of(2, null, TUESDAY)));
        assertThat(c.independent()).isEqualTo(2);
        assertThat(c.outlets()).isEmpty();
    }

    @Test
    void theFirstAppearanceIsTheEarliestPublishedMentionAndUndatedOnesComeLast() {
        Corroboration c = Corroboration.of(List.of(Mention.of(7, "Eastern Daily", null), Mention.of(9, "The Lantern", TUESDAY),
                Mention.of(8, "Meridian Wire", MONDAY)));
        assertThat(c.firstAppearance()).get().extracting(Mention::document).isEqualTo(8L);
    }

    @Test
    void nothingStatedHasNoFirstAppearance() {
        Corroboration c = Corroboration.of(List.of());
        assertThat(c.firstAppearance()).isEmpty();
        assertThat(c.independent()).isZero();
    }
}
