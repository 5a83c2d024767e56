package org.crosscheck.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The newsroom's hand reading of the five seed articles, against what preparation makes of them. */
class SeedArticlesTest {

    private final ArticlePreparer preparer = new ArticlePreparer();

    static Stream<GoldSeeds.Document> seeds() {
        return GoldSeeds.documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void noBoilerplateLineIsArticleBody(GoldSeeds.Document seed) {
        String text = GoldSeeds.text(seed.file());
        PreparedArticle article = preparer.prepare(text);
        for (String line : seed.boilerplate()) {
            List<Span> places = occurrences(text, line);
            assertThat(places).as("boilerplate line %s is in the text", line).isNotEmpty();
            for (Span place : places) {
                assertThat(article.body()).as("body of %s against %s", seed.file(), line)
                        .noneMatch(range -> range.overlaps(place));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theHeadlineAndDatelineAreMetadataNotBody(GoldSeeds.Document seed) {
        String text = GoldSeeds.text(seed.file());
        PreparedArticle article = preparer.prepare(text);
        List<String> metadataLines = new ArrayList<>(seed.metadataLines());
        if (seed.headline() != null) {
            metadataLines.add(seed.headline());
        }
        for (String line : metadataLines) {
            for (Span place : occurrences(text, line)) {
                assertThat(article.body()).noneMatch(range -> range.overlaps(place));
            }
        }
        assertThat(article.metadata().titleText()).isEqualTo(seed.headline());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theArticleItselfIsBodyFromItsFirstWordsToItsLastSentence(GoldSeeds.Document seed) {
        String text = GoldSeeds.text(seed.file());
        PreparedArticle article = preparer.prepare(text);
        Span firstWords = occurrences(text, seed.bodyFirstWords()).get(0);
        assertThat(article.inBody(firstWords)).as("first words in body").isTrue();
        int everySentencesCharacters = article.sentences().stream().mapToInt(s -> s.span().length()).sum();
        int bodyCharacters = article.body().stream().mapToInt(Span::length).sum();
        assertThat(everySentencesCharacters).as("sentences cover the body").isGreaterThan(bodyCharacters * 9 / 10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void outletAndDateAreThoseThePageStatesAndUnknownOtherwise(GoldSeeds.Document seed) {
        ArticleMetadata metadata = preparer.prepare(GoldSeeds.text(seed.file())).metadata();
        assertThat(metadata.outletName()).isEqualTo(seed.outlet());
        assertThat(metadata.publishedDate() == null ? null : metadata.publishedDate().iso()).isEqualTo(seed.published());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySentenceLiesInTheBodyInReadingOrder(GoldSeeds.Document seed) {
        PreparedArticle article = preparer.prepare(GoldSeeds.text(seed.file()));
        List<Sentence> sentences = article.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(sentences.get(i).index()).isEqualTo(i);
            assertThat(article.inBody(sentences.get(i).span())).isTrue();
            if (i > 0) {
                assertThat(sentences.get(i).span().start()).isGreaterThanOrEqualTo(sentences.get(i - 1).span().end());
            }
        }
    }

    /** Every place a gold line occurs, whatever blanks (no-break spaces included) separate its words. */
    static List<Span> occurrences(String text, String line) {
        String pattern = Stream.of(line.strip().split("[\\s\\u00a0]+")).map(Pattern::quote)
                .collect(Collectors.joining("[\\s\\u00a0]+"));
        Matcher m = Pattern.compile(pattern).matcher(text);
        List<Span> places = new ArrayList<>();
        while (m.find()) {
            places.add(new Span(m.start(), m.end()));
        }
        return places;
    }
}
