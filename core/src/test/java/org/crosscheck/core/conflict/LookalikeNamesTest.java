package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookalikeNamesTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 10, 6);

    private final List<LookalikeNames.Page> pages = new ArrayList<>();

    @Test
    void anOutletThatChangesOneLetterOfAGangsNameIsProbablyMisspellingIt() {
        article("courier.txt", "Hospital attack claimed\n\nA criminal group said the Noctua group was behind the attack on the hospital.");
        article("ledger.txt", "Data published\n\nThe stolen files were put online by the Noctua group on Thursday.");
        article("dispatch.txt", "Leak confirmed\n\nThe files appeared on the leak site of the Noktua group on Wednesday night.");
        assertThat(find()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.NAME);
            assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(c.explanation()).contains("\u201cNoktua\u201d in dispatch.txt", "\u201cNoctua\u201d in courier.txt, ledger.txt",
                    "\u201cgroup\u201d", "misspelling");
            // the rarer spelling first, each side the name with the word beside it
            assertThat(c.sides()).extracting(s -> s.document() + ":" + text(s)).containsExactly("dispatch.txt:Noktua group",
                    "courier.txt:Noctua group", "ledger.txt:Noctua group");
        });
    }

    @Test
    void aCompanyNameWrittenWithAHyphenIsOnlyNotedForConsistency() {
        article("wire.txt", "Spill in the river\n\nThe spill came from the Laborchem fertiliser plant upstream.");
        article("ledger.txt", "Fish die in the river\n\nInvestigators visited the Labor-Chem fertiliser plant on Tuesday.");
        assertThat(find()).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.LOW);
            assertThat(c.explanation()).contains("split");
        });
    }

    @Test
    void twoPeopleWhoseFirstNamesDifferByOneLetterAreTwoPeople() {
        article("a.txt", "Strike goes on\n\nThe union said Ilona Kowalczyk would lead the talks.");
        article("b.txt", "Talks resume\n\nThe mine's owner sent Iwona Nowakowska to the talks.");
        assertThat(find()).isEmpty();
    }

    @Test
    void aNameWrittenWithoutItsPolishLettersIsNoSlipOfTheLetters() {
        article("a.txt", "Mine flooded\n\nRescuers reached the Łódzkie shaft on Monday.");
        article("b.txt", "Miners trapped\n\nRescuers reached the Lodzkie shaft on Monday.");
        assertThat(find()).isEmpty();
    }

    @Test
    void aCapitalisedWordAlsoWrittenInLowerCaseIsAWordNotAName() {
        article("a.txt", "Fire spreads\n\nThe fire reached the Marsh road on Monday, officials in the region said.");
        article("b.txt", "Fire contained\n\nCrews held the fire at the March road, as the marsh burned.");
        assertThat(find()).isEmpty();
    }

    @Test
    void aWriterWhoUsesBothSpellingsInOneArticleMeansTwoNames() {
        article("a.txt", "Two firms bid\n\nThe Kovacic group and the Kovacec group both bid for the port.");
        article("b.txt", "Port tender\n\nThe Kovacic group won the tender for the port.");
        assertThat(find()).isEmpty();
    }

    @Test
    void spellingsInArticlesOfAnotherStoryAreNotCompared() {
        article("a.txt", "Hospital attack\n\nThe Noctua group was behind the attack.");
        pages.add(new LookalikeNames.Page("b.txt", "Other attack\n\nThe Noktua group was behind the attack.", s -> true, MONDAY,
                Set.of("place-elsewhere")));
        pages.add(new LookalikeNames.Page("c.txt", "Later attack\n\nThe Noktua group was behind the attack.", s -> true,
                MONDAY.plusMonths(3), Set.of("place-merkelbeke")));
        assertThat(find()).isEmpty();
    }

    @Test
    void aSpellingAlreadyToldAmongOnePersonsNamesIsNotToldAgain() {
        article("a.txt", "Talks resume\n\nThe mediator Alvaro Reis Cardoso met the union.");
        article("b.txt", "Talks stall\n\nThe mediator Alvaro Reis Cardozo left the talks.");
        Conflict told = new Conflict(ConflictKind.NAME, Severity.MEDIUM, "Cardoso is written 2 ways",
                List.of(new ConflictSide("a.txt", new org.crosscheck.core.text.Span(27, 45), "written", null),
                        new ConflictSide("b.txt", new org.crosscheck.core.text.Span(26, 44), "written", null)), List.of());
        assertThat(new LookalikeNames().find(pages, List.of())).hasSize(1);
        assertThat(new LookalikeNames().find(pages, List.of(told))).isEmpty();
    }

    private void article(String document, String text) {
        pages.add(new LookalikeNames.Page(document, text, s -> true, MONDAY, Set.of("place-merkelbeke")));
    }

    private List<Conflict> find() {
        return new LookalikeNames().find(pages, List.of());
    }

    private String text(ConflictSide side) {
        return pages.stream().filter(p -> p.document().equals(side.document())).findFirst().orElseThrow().text().substring(side.span().start(),
                side.span().end());
    }
}
