package org.crosscheck.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invented pages (our own words, invented outlets) in boilerplate styles the seeds do not show: menus, cookie
 * notices, share rows, wire datelines, blog footers. Each page has a {@code .expect} file saying what a desk editor
 * would keep as body and read as title, outlet and date.
 */
class SyntheticPagesTest {

    private final ArticlePreparer preparer = new ArticlePreparer();

    @ParameterizedTest
    @ValueSource(strings = {"harbour-ledger", "meridian-wire-mirror", "river-valley-blog", "bare-statement",
            "gulf-ledger-live"})
    void pageChromeOfAnyStyleIsNotArticleBody(String page) {
        String text = resource(page + ".txt");
        PreparedArticle article = preparer.prepare(text);
        for (String line : expected(page, "not body")) {
            List<Span> places = SeedArticlesTest.occurrences(text, line);
            assertThat(places).as("%s is on the page", line).isNotEmpty();
            assertThat(places).as("%s is not body", line)
                    .allMatch(place -> article.body().stream().noneMatch(range -> range.overlaps(place)));
        }
        Span first = SeedArticlesTest.occurrences(text, expected(page, "first body words").get(0)).get(0);
        Span last = SeedArticlesTest.occurrences(text, expected(page, "last body words").get(0)).get(0);
        assertThat(article.body().get(0).start()).isEqualTo(first.start());
        assertThat(article.body().get(article.body().size() - 1).end()).isEqualTo(last.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour-ledger", "meridian-wire-mirror", "river-valley-blog", "bare-statement",
            "gulf-ledger-live"})
    void titleOutletAndDateAreReadOnlyWhereThePageStatesThem(String page) {
        ArticleMetadata metadata = preparer.prepare(resource(page + ".txt")).metadata();
        assertThat(metadata.titleText()).isEqualTo(orNull(expected(page, "title").get(0)));
        assertThat(metadata.outletName()).isEqualTo(orNull(expected(page, "outlet").get(0)));
        assertThat(metadata.publishedDate() == null ? null : metadata.publishedDate().iso())
                .isEqualTo(orNull(expected(page, "published").get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour-ledger", "river-valley-blog", "gulf-ledger-live"})
    void sentencesEndWhereTheWriterEndedThem(String page) {
        String text = resource(page + ".txt");
        List<String> sentences = preparer.prepare(text).sentences().stream().map(s -> s.text(text)).toList();
        assertThat(sentences).containsSubsequence(expected(page, "sentence"));
    }

    private static String orNull(String value) {
        return "none".equals(value) ? null : value;
    }

    private static List<String> expected(String page, String key) {
        List<String> values = new ArrayList<>();
        for (String line : resource(page + ".expect").split("\n")) {
            if (line.startsWith(key + ": ")) {
                values.add(line.substring(key.length() + 2));
            }
        }
        return values;
    }

    static String resource(String name) {
        try (InputStream in = SyntheticPagesTest.class.getResourceAsStream("/article/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
