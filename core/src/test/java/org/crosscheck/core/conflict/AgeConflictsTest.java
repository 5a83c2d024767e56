package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** One person given two ages in one story. */
class AgeConflictsTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
    private static final String PERSON = "person-stefan-pichlmayr";

    /** The age told beside the first "Pichlmayr" of {@code text}. */
    private static Optional<AgeConflicts.Age> ageIn(String document, String text, LocalDate published) {
        int at = text.indexOf("Pichlmayr");
        NameSighting mention = new NameSighting(document, new Span(at, at + "Pichlmayr".length()), "Pichlmayr", PERSON,
                "Stefan Pichlmayr", "person");
        return AgeConflicts.read(mention, text, published);
    }

    private static List<AgeConflicts.Age> ages(String... documentsAndTexts) {
        List<AgeConflicts.Age> out = new ArrayList<>();
        for (int i = 0; i < documentsAndTexts.length; i += 2) {
            ageIn(documentsAndTexts[i], documentsAndTexts[i + 1], MONDAY.plusDays(i)).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void anAgeIsReadOnlyBesideTheName() {
        assertThat(ageIn("a", "Pichlmayr, 49, said he was confident.", MONDAY)).map(AgeConflicts.Age::years).contains(49);
        assertThat(ageIn("a", "Pichlmayr, a 47-year-old hotel owner, claimed victory.", MONDAY)).map(AgeConflicts.Age::years).contains(47);
        assertThat(ageIn("a", "The forty-seven-year-old hotelier Pichlmayr claimed victory.", MONDAY)).map(AgeConflicts.Age::years).contains(47);
        assertThat(ageIn("a", "Pichlmayr (47) claimed victory.", MONDAY)).map(AgeConflicts.Age::years).contains(47);
        assertThat(ageIn("a", "Pichlmayr, aged 47, claimed victory.", MONDAY)).map(AgeConflicts.Age::years).contains(47);
        // a count, a date or somebody else's age is not his age
        assertThat(ageIn("a", "Pichlmayr, 12 March: the result stands.", MONDAY)).isEmpty();
        assertThat(ageIn("a", "Pichlmayr won 47 of the 52 stations.", MONDAY)).isEmpty();
        assertThat(ageIn("a", "Pichlmayr thanked a 71-year-old supporter.", MONDAY)).isEmpty();
    }

    @Test
    void aCandidateAged47InOneOutletAnd49InAnotherIsANumberConflictWithBothSides() {
        List<Conflict> found = new AgeConflicts().find(ages("a", "Pichlmayr, a 47-year-old hotel owner, claimed victory.",
                "b", "Pichlmayr, 49, said he was confident."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(c.sides()).extracting(ConflictSide::document).containsExactly("a", "b");
            assertThat(c.explanation()).contains("Stefan Pichlmayr", "47 in a", "49 in b");
            assertThat(c.entities()).containsExactly(PERSON);
        });
    }

    @Test
    void theSameAgeAYearApartOnAnotherDayOrInAnotherStoryIsNoConflict() {
        assertThat(new AgeConflicts().find(ages("a", "Pichlmayr, 47, spoke.", "b", "Pichlmayr, 47, spoke."))).isEmpty();
        // a birthday may fall between two articles of different days
        assertThat(new AgeConflicts().find(ages("a", "Pichlmayr, 47, spoke.", "b", "Pichlmayr, 48, spoke."))).isEmpty();
        List<AgeConflicts.Age> yearsApart = new ArrayList<>(ageIn("a", "Pichlmayr, 47, spoke.", MONDAY).stream().toList());
        ageIn("b", "Pichlmayr, 51, spoke.", MONDAY.plusYears(4)).ifPresent(yearsApart::add);
        assertThat(new AgeConflicts().find(yearsApart)).isEmpty();
    }

    @Test
    void oneYearApartOnTheSameDayIsAConflict() {
        List<AgeConflicts.Age> sameDay = new ArrayList<>(ageIn("a", "Pichlmayr, 47, spoke.", MONDAY).stream().toList());
        ageIn("b", "Pichlmayr, 48, spoke.", MONDAY).ifPresent(sameDay::add);
        assertThat(new AgeConflicts().find(sameDay)).hasSize(1);
    }
}
