package org.crosscheck.core.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.core.article.ArticlePreparer;
import org.crosscheck.core.article.PreparedArticle;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link SyndicationPolicy#SYNDICATED_COPY_SIMILARITY} on the seed articles: republished variants of each
 * seed must score above it, the other seeds (different articles on the same story) below it.
 */
class SyndicationThresholdTest {

    private static final String NEW_HEAD = """
            Subscribe to The Evening Compass for the day's headlines in your inbox

            World | Africa | Middle East

            EXCLUSIVE: what the talks mean for the region

            By Compass Staff

            Published: 2 February 2025

            """;
    private static final String NEW_FOOT = """

            Share: Facebook Twitter Email

            © 2025 Evening Compass. All rights reserved.
            """;
    private static final String INVENTED_SENTENCE = "A spokesman for the coastal guard later declined to say how many boats had been inspected.";
    private static final ArticlePreparer PREPARER = new ArticlePreparer();
    private static final Map<String, PreparedArticle> SEEDS = new TreeMap<>();

    @BeforeAll
    static void readSeeds() throws IOException {
        Path folder = Path.of(System.getProperty("crosscheck.shared"), "seeds");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                SEEDS.put(file.getFileName().toString(), PREPARER.prepare(Files.readString(file)));
            }
        }
        assertThat(SEEDS).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aRepublishedWireStoryWithANewHeadlineIsASyndicatedCopy() {
        for (PreparedArticle seed : SEEDS.values()) {
            PreparedArticle copy = PREPARER.prepare(NEW_HEAD + seed.bodyText() + NEW_FOOT);
            assertThat(similarity(seed, copy)).isGreaterThanOrEqualTo(0.95);
            assertThat(SyndicationPolicy.isSyndicatedCopy(seed, copy)).isTrue();
        }
    }

    @Test
    void aCopyWithARewrittenSentenceAndItsLastParagraphCutIsStillASyndicatedCopy() {
        List<Double> scores = new ArrayList<>();
        for (PreparedArticle seed : SEEDS.values()) {
            for (String variant : List.of(rewriteOneSentence(seed), cutLastParagraph(seed),
                    NEW_HEAD + cutLastParagraph(PREPARER.prepare(rewriteOneSentence(seed))) + NEW_FOOT)) {
                double score = similarity(seed, PREPARER.prepare(variant));
                scores.add(score);
                assertThat(score).isGreaterThanOrEqualTo(SyndicationPolicy.SYNDICATED_COPY_SIMILARITY);
            }
        }
        System.out.printf("syndicated variants: min %.3f, scores %s%n",
                scores.stream().mapToDouble(d -> d).min().orElseThrow(), rounded(scores));
    }

    @Test
    void differentArticlesOnTheSameStoryAreNotSyndicatedCopies() {
        List<PreparedArticle> seeds = List.copyOf(SEEDS.values());
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            for (int j = i + 1; j < seeds.size(); j++) {
                double score = similarity(seeds.get(i), seeds.get(j));
                scores.add(score);
                assertThat(SyndicationPolicy.isSyndicatedCopy(seeds.get(i), seeds.get(j))).isFalse();
            }
        }
        double highest = scores.stream().mapToDouble(d -> d).max().orElseThrow();
        System.out.printf("different articles: max %.3f, scores %s%n", highest, rounded(scores));
        assertThat(highest).isLessThan(SyndicationPolicy.SYNDICATED_COPY_SIMILARITY / 2);
    }

    @Test
    void anArticleSharingAStockBackgroundParagraphIsNotACopy() {
        List<Double> scores = new ArrayList<>();
        for (PreparedArticle source : SEEDS.values()) {
            String background = longestSentence(source);
            for (PreparedArticle other : SEEDS.values()) {
                if (other != source) {
                    PreparedArticle borrowing = PREPARER.prepare(other.bodyText() + "\n\n" + background);
                    double score = similarity(source, borrowing);
                    scores.add(score);
                    assertThat(score).isLessThan(SyndicationPolicy.SYNDICATED_COPY_SIMILARITY / 2);
                }
            }
        }
        System.out.printf("different articles sharing one background sentence: max %.3f%n",
                scores.stream().mapToDouble(d -> d).max().orElseThrow());
    }

    @Test
    void aCopyCutToItsFirstHalfIsAtTheThreshold() {
        List<Double> scores = new ArrayList<>();
        for (PreparedArticle seed : SEEDS.values()) {
            int half = seed.sentences().get(seed.sentences().size() / 2).span().start();
            scores.add(similarity(seed, PREPARER.prepare(seed.text().substring(0, half))));
        }
        System.out.printf("copies cut to the first half: %s%n", rounded(scores));
        assertThat(scores).allMatch(score -> score > 0.3 && score < 0.7);
    }

    @Test
    void anEmptyBodyIsNobodysCopy() {
        BodyFingerprint empty = BodyFingerprint.of("  \n ");
        assertThat(empty.similarity(empty)).isZero();
        assertThat(SyndicationPolicy.isSyndicatedCopy(empty, BodyFingerprint.of("Some words of a body here."))).isFalse();
    }

    @Test
    void caseAccentsAndPunctuationDoNotHideACopy() {
        BodyFingerprint original = BodyFingerprint.of("Müller-Şahin said the talks in Zürich were \"constructive\" and would resume in June.");
        BodyFingerprint retyped = BodyFingerprint.of("MULLER SAHIN said the talks in Zurich were constructive, and would resume in June");
        assertThat(original.similarity(retyped)).isEqualTo(1.0);
    }

    private static double similarity(PreparedArticle a, PreparedArticle b) {
        return BodyFingerprint.of(a).similarity(BodyFingerprint.of(b));
    }

    /** The page with its middle sentence replaced by one about something else. */
    private static String rewriteOneSentence(PreparedArticle seed) {
        Sentence middle = seed.sentences().get(seed.sentences().size() / 2);
        Span span = middle.span();
        return seed.text().substring(0, span.start()) + INVENTED_SENTENCE + seed.text().substring(span.end());
    }

    /** The page without its last body paragraph. */
    private static String cutLastParagraph(PreparedArticle seed) {
        Span last = seed.body().get(seed.body().size() - 1);
        String text = seed.text();
        int paragraphStart = text.lastIndexOf('\n', last.end() - 1) + 1;
        return text.substring(0, Math.max(last.start(), paragraphStart)) + text.substring(last.end());
    }

    private static String longestSentence(PreparedArticle article) {
        return article.sentences().stream().map(s -> s.text(article.text()))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static String rounded(List<Double> scores) {
        return scores.stream().map(d -> String.format("%.2f", d)).toList().toString();
    }
}
