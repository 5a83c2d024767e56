package org.crosscheck.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.normalise.QuantityReader;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** Which counts say how things stand on a day, and which say what one event did. */
class OngoingCountsTest {

    @Test
    void aCountInThePresentOrPerfectIsHowThingsStand() {
        assertThat(ongoing("Seven of the patients are in intensive care")).isTrue();
        assertThat(ongoing("Two people have died")).isTrue();
        assertThat(ongoing("The minister said on Monday that 37 people had died")).isTrue();
        assertThat(ongoing("Nine patients were in intensive care on Friday")).isTrue();
    }

    @Test
    void whatAnEventDidIsNot() {
        assertThat(ongoing("The blast killed seven miners")).isFalse();
        assertThat(ongoing("Nine people were injured in the crash")).isFalse();
    }

    @Test
    void aSumIsNeverACountOfHowThingsStand() {
        assertThat(ongoing("The region has fined the company 50,000 euros")).isFalse();
        assertThat(ongoing("The victim, a 74-year-old teacher, has died")).isFalse();
    }

    @Test
    void aRunningTotalAsOfADayIsHowThingsStandThatDayEvenInTonnes() {
        assertThat(ongoing("Volunteers had collected more than 9 tonnes of dead fish by Wednesday night")).isTrue();
        assertThat(ongoing("By Sunday evening, 27 tonnes of dead fish had been collected")).isTrue();
        assertThat(ongoing("The number of confirmed cases rose to 34 on Saturday")).isTrue();
        assertThat(ongoing("Crews removed 27 tonnes of dead fish")).isFalse();
        assertThat(ongoing("About 12 tonnes of dead fish have been removed so far")).isTrue();
        assertThat(ongoing("Crews have pulled eight tonnes of dead fish from the river since Thursday")).isTrue();
    }

    @Test
    void aTollAndWhatIsStillSoAreHowThingsStand() {
        assertThat(ongoing("The coastguard put the death toll at 12 on Thursday")).isTrue();
        assertThat(ongoing("Seven people were still missing")).isTrue();
    }

    @Test
    void aCountTakenAgainIsARevision() {
        String recount = "After the recount, Pichler had 13,094 votes";
        assertThat(OngoingCounts.revised(recount, figure(recount))).isTrue();
        String first = "Pichler received 13,111 votes";
        assertThat(OngoingCounts.revised(first, figure(first))).isFalse();
    }

    @Test
    void theFinalCountIsTheCountNotACountTakenAgain() {
        // "final" sets it against preliminary results, not against another outlet's total of the same count
        String declared = "The provincial commission's final count gave Kerrigan 447,198 votes";
        assertThat(OngoingCounts.revised(declared, figure(declared))).isFalse();
        assertThat(OngoingCounts.provisional(declared, figure(declared))).isFalse();
    }

    @Test
    void aCountStillGoingOnIsProvisional() {
        String partial = "Preliminary results, with 94 percent of polling stations reporting, had put her 2,454 votes ahead";
        assertThat(OngoingCounts.provisional(partial, figure(partial))).isTrue();
        String counted = "With two-thirds of the ballots counted, she led by 3,100 votes";
        assertThat(OngoingCounts.provisional(counted, figure(counted))).isTrue();
        String declared = "The commission declared her the winner with 447,918 votes";
        assertThat(OngoingCounts.provisional(declared, figure(declared))).isFalse();
    }

    private static Quantity figure(String mention) {
        return new QuantityReader().find(mention, new Span(0, mention.length())).get(0);
    }

    private static boolean ongoing(String mention) {
        return OngoingCounts.ongoing(mention, figure(mention));
    }
}
