package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

class GovernmentLabelsTest {

    private final GovernmentLabels labels = new GovernmentLabels(KnowledgeBase.standard());

    @Test
    void aUnityGovernmentBeforeANewPrimeMinisterMayNotBeTheUnityGovernmentAfterIt() {
        Article before = article("a.txt", "2020-06-10", "Fighters loyal to the unity government retook the port near Mogadishu.");
        Article change = article("b.txt", "2021-04-02",
                "Since the appointment this year of a new interim Somali prime minister, donors have resumed aid to Somalia.");
        Article after = article("c.txt", "2021-05-20", "The Somali government said the port would reopen.").government("The Somali government", "Somalia");

        List<Conflict> found = labels.find(List.of(before.read(), change.read(), after.read()));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.NAME);
            assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(c.sides()).extracting(ConflictSide::document).containsExactly("a.txt", "b.txt", "c.txt");
            assertThat(c.sides().get(0).span().of(before.text)).isEqualTo("the unity government");
            assertThat(c.sides().get(1).span().of(change.text)).isEqualTo("a new interim Somali prime minister");
            assertThat(c.explanation()).contains("“the unity government” (a.txt, published 2020-06-10)", "no earlier than 2021-01-01",
                    "“The Somali government” (c.txt), written after it, may be the new one");
        });
    }

    @Test
    void aLabelWrittenAfterTheChangeIsTheNewGovernmentsOwn() {
        Article change = article("b.txt", "2021-04-02", "This year a new Somali prime minister took office in Mogadishu.");
        Article later = article("c.txt", "2021-06-01", "The unity government in Mogadishu cut fuel prices.");

        assertThat(labels.find(List.of(change.read(), later.read()))).isEmpty();
    }

    @Test
    void aChangeInAnotherCountryLeavesTheLabelAlone() {
        Article before = article("a.txt", "2020-06-10", "The transitional government in Bamako delayed the vote.");
        Article change = article("b.txt", "2021-04-02", "A new Haitian prime minister was sworn in this year in Port-au-Prince.");

        assertThat(labels.find(List.of(before.read(), change.read()))).isEmpty();
    }

    @Test
    void anUndatedArticlesLabelMayPredateTheChange() {
        Article undated = article("a.txt", null, "The government of national accord in Sanaa denied the report.");
        Article change = article("b.txt", "2022-03-01", "Yemen's new cabinet met for the first time in Sanaa.");

        assertThat(labels.find(List.of(undated.read(), change.read()))).singleElement().satisfies(c -> {
            assertThat(c.sides().get(0).account()).contains("undated");
            // No date in its sentence: the change is taken to be at most a year old.
            assertThat(c.explanation()).contains("no earlier than 2021-03-01");
        });
    }

    @Test
    void newBeforeACapitalisedPlaceNameIsNotAChangeOfGovernment() {
        Article before = article("a.txt", "2020-06-10", "The coalition government in Wellington raised taxes, New Zealand media said.");
        Article other = article("b.txt", "2021-04-02", "The new Harbour cabinet of Wellington's council met; New Zealand stayed calm.");

        assertThat(labels.find(List.of(before.read(), other.read()))).isEmpty();
    }

    /** An article with its sentences and the countries it names, found by name in the text as the cast would. */
    private static final class Article {
        private static final Pattern PLACES = Pattern.compile("Mogadishu|Somalia|Bamako|Port-au-Prince|Sanaa|Wellington|New Zealand");
        final String document;
        final String published;
        final String text;
        final List<GovernmentLabels.Placed> governments = new ArrayList<>();

        Article(String document, String published, String text) {
            this.document = document;
            this.published = published;
            this.text = text;
        }

        Article government(String written, String country) {
            int at = text.indexOf(written);
            governments.add(new GovernmentLabels.Placed(new Span(at, at + written.length()), country));
            return this;
        }

        GovernmentLabels.Article read() {
            List<GovernmentLabels.Placed> places = new ArrayList<>();
            Matcher m = PLACES.matcher(text);
            while (m.find()) {
                places.add(new GovernmentLabels.Placed(new Span(m.start(), m.end()), countryOf(m.group())));
            }
            return new GovernmentLabels.Article(document, published == null ? null : LocalDate.parse(published), text,
                    List.of(new Span(0, text.length())), places, governments);
        }

        private static String countryOf(String place) {
            return switch (place) {
                case "Mogadishu", "Somalia" -> "Somalia";
                case "Bamako" -> "Mali";
                case "Port-au-Prince" -> "Haiti";
                case "Sanaa" -> "Yemen";
                default -> "New Zealand";
            };
        }
    }

    private static Article article(String document, String published, String text) {
        return new Article(document, published, text);
    }
}
