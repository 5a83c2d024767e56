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

    private static Statement toll(String document, double figure, Quantity.Qualifier qualifier, String measure, LocalDate published) {
        return new Statement(document, new Span(0, 20), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of("place-mine"),
                Set.of("place-mine"), null, new Quantity(figure, figure, qualifier, measure, new Span(0, 2)), " | kill | " + measure, published);
    }
}
