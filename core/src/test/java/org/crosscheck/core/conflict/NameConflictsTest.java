package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

class NameConflictsTest {

    private final NameConflicts names = new NameConflicts();
    private final List<NameSighting> seen = new ArrayList<>();

    @Test
    void aMinisterWhoseNameLosesALetterIsProbablyMisspelt() {
        see("wire.txt", "Foreign Minister Alena Vostrikova", "Alena Vostrikova");
        see("daily.txt", "Alena Vostikova", "Alena Vostrikova");
        List<Conflict> found = names.find(seen);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.NAME);
            assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(c.explanation()).contains("\u201cAlena Vostrikova\u201d", "\u201cAlena Vostikova\u201d", "misspelling");
            assertThat(c.sides()).extracting(ConflictSide::document).containsExactly("wire.txt", "daily.txt");
        });
    }

    @Test
    void theSameNameWithAndWithoutDiacriticsIsOnlyNotedForConsistency() {
        see("a.txt", "Mevlüt Çavuşoğlu", "Mevlut Cavusoglu");
        see("b.txt", "Mevlut Cavusoglu", "Mevlut Cavusoglu");
        assertThat(names.find(seen)).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.LOW);
            assertThat(c.explanation()).contains("diacritics");
        });
    }

    @Test
    void aSurnameWrittenApartAndTogetherIsOnlyNotedForConsistency() {
        see("a.txt", "Dirk Vandenbroeck", "Dirk Van den Broeck");
        see("b.txt", "Dirk Van den Broeck", "Dirk Van den Broeck");
        assertThat(names.find(seen)).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.LOW);
            assertThat(c.explanation()).contains("spaced");
        });
    }

    @Test
    void elAndAlAreOneTransliteratedArticle() {
        see("a.txt", "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi");
        see("b.txt", "President Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi");
        assertThat(names.find(seen)).singleElement().satisfies(c -> assertThat(c.explanation()).contains("Arabic article"));
    }

    @Test
    void aBareSurnameIsNotAVariantOfTheFullName() {
        see("a.txt", "Gellért Tormádi", "Gellért Tormádi");
        see("a.txt", "Tormádi", "Gellért Tormádi");
        see("b.txt", "Hungary's foreign minister", "Gellért Tormádi");
        assertThat(names.find(seen)).isEmpty();
    }

    @Test
    void aPolishNameWrittenWithoutItsLettersIsOnlyNotedForConsistency() {
        see("a.txt", "Paweł Wróbel", "Paweł Wróbel");
        see("b.txt", "Pawel Wrobel", "Paweł Wróbel");
        assertThat(names.find(seen)).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.LOW);
            assertThat(c.explanation()).contains("diacritics");
        });
    }

    @Test
    void aCourtesyTitleBeforeTheSurnameIsNotASpelling() {
        see("a.txt", "Finance Minister Halima Osei", "Halima Osei");
        see("a.txt", "Ms Osei", "Halima Osei");
        see("b.txt", "Dr. Osei", "Halima Osei");
        assertThat(names.find(seen)).isEmpty();
    }

    @Test
    void aDescriptionIsNotASpelling() {
        see("a.txt", "Sameh Shoukry", "Sameh Shoukry");
        see("b.txt", "the Egyptian Minister", "Sameh Shoukry");
        assertThat(names.find(seen)).isEmpty();
    }

    @Test
    void aPlaceMisspeltInACaptionIsNotedWithLowSeverity() {
        seePlace("page.txt", "Bengazhi");
        seePlace("page.txt", "Benghazi");
        seePlace("page.txt", "eastern Mediterranean");
        assertThat(names.find(seen)).singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.LOW));
    }

    @Test
    void aPlaceWrittenInCapitalsOrReferredToAsItIsNoMisspelling() {
        seePlace("a.txt", "Benghazi");
        seePlace("b.txt", "BENGHAZI");
        seePlace("c.txt", "It");
        assertThat(names.find(seen)).isEmpty();
    }

    private void see(String document, String written, String entityName) {
        int at = seen.size() * 100;
        seen.add(new NameSighting(document, new Span(at, at + written.length()), written, "person-" + entityName.hashCode(), entityName, "person"));
    }

    private void seePlace(String document, String written) {
        int at = seen.size() * 100;
        seen.add(new NameSighting(document, new Span(at, at + written.length()), written, "place-1", "Benghazi", "place"));
    }
}
