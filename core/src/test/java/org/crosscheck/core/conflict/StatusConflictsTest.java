package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** How a thing stood on a day, told the opposite way by two outlets. */
class StatusConflictsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    private static List<StatusConflicts.Reading> read(String document, String sentence, LocalDate day) {
        List<StatusConflicts.Reading> out = new ArrayList<>();
        StatusConflicts.read(document, sentence, new Span(0, sentence.length()), s -> List.of(), day, Set.of("place-ostra"))
                .ifPresent(out::add);
        return out;
    }

    @Test
    void aRecountOverAndStillUnderWayOnTheSameDayIsAnOtherConflictWithBothSides() {
        List<StatusConflicts.Reading> readings = new ArrayList<>(read("a", "The recount, which began on Thursday, was completed, the "
                + "commission said.", FRIDAY));
        readings.addAll(read("b", "The recount was still under way, with eleven stations left to count.", FRIDAY));
        assertThat(new StatusConflicts().find(readings)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.OTHER);
            assertThat(c.sides()).extracting(ConflictSide::document).containsExactly("a", "b");
            assertThat(c.explanation()).contains("recount", "2025-03-14");
        });
    }

    @Test
    void theOutbreakNotYetUnderControlOnMondayAndContainedOnFridayIsNoConflict() {
        List<StatusConflicts.Reading> readings = new ArrayList<>(read("a", "The outbreak was not yet under control.", FRIDAY.minusDays(4)));
        readings.addAll(read("b", "The outbreak is contained.", FRIDAY));
        assertThat(new StatusConflicts().find(readings)).isEmpty();
    }

    @Test
    void oneArticleChangingItsAccountAndTwoThingsOverAndGoingOnAreNoConflict() {
        List<StatusConflicts.Reading> readings = new ArrayList<>(read("a", "The recount was still under way at noon.", FRIDAY));
        readings.addAll(read("a", "By the evening the recount was completed.", FRIDAY));
        readings.addAll(read("b", "The strike was over.", FRIDAY));
        assertThat(new StatusConflicts().find(readings)).isEmpty();
    }

    @Test
    void theThingIsTheNounBeforeAPhraseOfWhere() {
        List<StatusConflicts.Reading> readings = new ArrayList<>(read("a", "The recount in Ostra was completed on Friday evening.", FRIDAY));
        readings.addAll(read("b", "The Ostra recount was still under way.", FRIDAY));
        assertThat(readings).extracting(StatusConflicts.Reading::thing).containsExactly("recount", "recount");
        assertThat(new StatusConflicts().find(readings)).hasSize(1);
    }
}
