package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** Two names for one person, too far apart for a slip of a letter but alike in everything else the story tells. */
class NamesakesTest {

    private static final LocalDate OCTOBER = LocalDate.of(2025, 10, 2);

    /** The post told beside {@code name} in {@code text}, as the office rules read it. */
    private static RoleConflicts.Role told(String document, String person, String name, String text) {
        int at = text.indexOf(name);
        NameSighting mention = new NameSighting(document, new Span(at, at + name.length()), name, person, name, "person");
        return RoleConflicts.read(mention, text, OCTOBER).orElseThrow();
    }

    private static final RoleConflicts.Role ANAGNOSTOU = told("05", "p-anagnostou", "Petros Anagnostou",
            "Petros Anagnostou, a lawyer for the company, said the ferry held every certificate.");
    private static final RoleConflicts.Role ANAGNOSTAKIS = told("07", "p-anagnostakis", "Petros Anagnostakis",
            "Petros Anagnostakis, the company's lawyer, declined to comment.");

    @Test
    void oneGivenNameOnePostAndSurnamesThatBeginAlikeInTwoOutletsAreOnePersonMisspelt() {
        List<Conflict> found = new Namesakes().find(List.of(ANAGNOSTOU, ANAGNOSTAKIS),
                Map.of("p-anagnostou", Set.of("05"), "p-anagnostakis", Set.of("07")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.NAME);
            assertThat(c.explanation()).contains("Petros Anagnostou in 05", "Petros Anagnostakis in 07", "one name misspelt");
            assertThat(c.sides()).extracting(ConflictSide::document).containsExactlyInAnyOrder("05", "07");
        });
    }

    @Test
    void twoPeopleOneArticleNamesTogetherAreTwoPeople() {
        assertThat(new Namesakes().find(List.of(ANAGNOSTOU, ANAGNOSTAKIS),
                Map.of("p-anagnostou", Set.of("05", "07"), "p-anagnostakis", Set.of("07")))).isEmpty();
    }

    @Test
    void anotherPostAnotherGivenNameOrSurnamesThatOnlyShareAFewLettersAreTwoPeople() {
        RoleConflicts.Role spokesman = told("07", "p-anagnostakis", "Petros Anagnostakis",
                "Petros Anagnostakis, the company's spokesman, declined to comment.");
        RoleConflicts.Role otherGiven = told("07", "n-anagnostakis", "Nikos Anagnostakis",
                "Nikos Anagnostakis, the company's lawyer, declined to comment.");
        RoleConflicts.Role otherFamily = told("07", "p-papas", "Petros Papas", "Petros Papas, the company's lawyer, declined.");
        RoleConflicts.Role papadopoulos = told("05", "p-papadopoulos", "Petros Papadopoulos", "Petros Papadopoulos, a lawyer, said.");
        Map<String, Set<String>> apart = Map.of("p-anagnostou", Set.of("05"), "p-anagnostakis", Set.of("07"), "n-anagnostakis", Set.of("07"),
                "p-papas", Set.of("07"), "p-papadopoulos", Set.of("05"));
        List<RoleConflicts.Role> roles = new ArrayList<>(List.of(ANAGNOSTOU, spokesman, otherGiven, otherFamily, papadopoulos));
        assertThat(new Namesakes().find(roles, apart)).isEmpty();
    }
}
