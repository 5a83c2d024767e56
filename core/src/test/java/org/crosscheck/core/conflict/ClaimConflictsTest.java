package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.reconcile.PropositionIndex;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

class ClaimConflictsTest {

    @Test
    void aWrongTollConflictsWithTheLatestCountNotWithTheOneItReplaced() {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        index.add(toll("monday.txt", 7, Quantity.Qualifier.EXACT, "miners", LocalDate.of(2024, 10, 8)));
        index.add(toll("thursday.txt", 12, Quantity.Qualifier.RISEN_TO, "dead", LocalDate.of(2024, 10, 11)));
        index.add(toll("next-week.txt", 21, Quantity.Qualifier.EXACT, "miners", LocalDate.of(2024, 10, 14)));

        List<Conflict> conflicts = new ClaimConflicts().find(index, id -> id);

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).kind()).isEqualTo(ConflictKind.NUMBER);
        assertThat(conflicts.get(0).sides()).extracting(ConflictSide::document).containsExactlyInAnyOrder("thursday.txt", "next-week.txt");
    }

    @Test
    void aTollThatRoseIsNoConflictAtAll() {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        index.add(toll("monday.txt", 7, Quantity.Qualifier.EXACT, "miners", LocalDate.of(2024, 10, 8)));
        index.add(toll("thursday.txt", 12, Quantity.Qualifier.RISEN_TO, "dead", LocalDate.of(2024, 10, 11)));

        assertThat(new ClaimConflicts().find(index, id -> id)).isEmpty();
    }

    @Test
    void aWireStoryAndACopyGivingOneMarginAgainstAnotherAreOneConflictNotTwo() {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        LocalDate day = LocalDate.of(2025, 3, 10);
        // the copy is set in the country, the wire in the town: the reading keeps them apart, but both give 112
        index.add(margin("wire.txt", 112, Set.of(), Set.of("place-town"), day));
        index.add(margin("copy.txt", 112, Set.of("person-loser"), Set.of("country-austria"), day));
        index.add(margin("ledger.txt", 121, Set.of("person-loser"), Set.of("place-town"), day));

        assertThat(new ClaimConflicts().find(index, id -> id)).singleElement()
                .satisfies(c -> assertThat(c.sides()).extracting(ConflictSide::document).containsExactlyInAnyOrder("wire.txt", "copy.txt", "ledger.txt"));
    }

    @Test
    void aFigureRepeatedByHundredsOfArticlesIsShownByItsFirstAppearancesAndCounted() {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        LocalDate first = LocalDate.of(2024, 10, 8);
        for (int day = 0; day < 5; day++) {
            for (int outlet = 0; outlet < 40; outlet++) {
                index.add(toll("forty-" + day + "-" + outlet + ".txt", 40, Quantity.Qualifier.EXACT, "miners", first.plusDays(day)));
            }
        }
        index.add(toll("four-hundred.txt", 400, Quantity.Qualifier.EXACT, "miners", first.plusDays(1)));

        assertThat(new ClaimConflicts().find(index, id -> id)).singleElement().satisfies(c -> {
            assertThat(c.sides()).hasSize(ClaimConflicts.SIDES_SHOWN + 1);
            assertThat(c.sides()).extracting(ConflictSide::document).contains("four-hundred.txt").filteredOn(d -> d.startsWith("forty-"))
                    .allMatch(d -> d.startsWith("forty-0-")).doesNotHaveDuplicates();
            assertThat(c.explanation()).contains("and 188 more mentions in 188 more articles");
        });
    }

    private static Statement margin(String document, double figure, Set<String> named, Set<String> setting, LocalDate published) {
        return new Statement(document, new Span(0, 20), ClaimKind.QUANTITY, null, false, false, Set.of(), named, Set.of(), setting, null,
                new Quantity(figure, figure, Quantity.Qualifier.EXACT, Quantity.MARGIN, new Span(0, 2)), " | count | margin " + (int) figure, published);
    }

    private static Statement toll(String document, double figure, Quantity.Qualifier qualifier, String measure, LocalDate published) {
        return new Statement(document, new Span(0, 20), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of("place-mine"),
                Set.of("place-mine"), null, new Quantity(figure, figure, qualifier, measure, new Span(0, 2)), " | kill | " + measure, published);
    }
}
