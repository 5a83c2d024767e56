package org.crosscheck.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportAttribution;
import org.junit.jupiter.api.Test;

/** Hostile and random input never breaks the analysis: it completes, and every span it reports lies in the text. */
class AdversarialTextTest {

    private final Analyzer analyzer = new Analyzer();

    private void survives(String text) {
        Report report = analyzer.analyze(List.of(ArticleInput.read("odd.txt", text)));
        for (ReportAttribution a : report.attributions()) {
            assertThat(a.content().end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
        }
    }

    @Test
    void tenThousandQuoteMarks() {
        survives("\"".repeat(10_000));
        survives("“”‘’«»'\"".repeat(1_250));
        survives("He said \" ".repeat(2_000));
    }

    @Test
    void oneHugeSentenceWithoutPunctuation() {
        survives("Minister Ana Costa said that ".repeat(8_000));
    }

    @Test
    void unbalancedQuotesAndCuesEverywhere() {
        survives("“He said, “she said, ” said said said according to according to, \"X said\", Y said “".repeat(300));
    }

    @Test
    void controlCharactersAndLoneSurrogates() {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < 32; c++) {
            text.append("Minister Bo Li said").append((char) c).append("\"yes\"").append((char) c);
        }
        text.append('\uD800').append(" said \uDC00 \"x\"");
        survives(text.toString());
    }

    @Test
    void manyArticlesWithManyPeopleKeepEveryGivenNameApart() {
        List<ArticleInput> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = "Minister Ana" + i + " Costa said the port would open. Costa" + i + " added that talks went well. "
                    + "Governor Rui" + i + " Sousa told reporters the budget was fine.";
            articles.add(ArticleInput.read("a" + i + ".txt", text));
        }
        Report report = analyzer.analyze(articles);
        assertThat(report.entities().stream().filter(e -> e.name().startsWith("Ana"))).hasSize(400);
    }

    @Test
    void randomTextFromNewsroomAlphabet() {
        String[] pieces = {"said", "told", "according to", "the", "Egyptian", "minister", "Cairo", "\"", "“", "”", "'", "’s",
            ",", ".", "\n", "\n\n", " ", "Ana", "Costa", "he", "she", "that", "called on", "(", ")", "al-", "Ministry", ":"};
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            survives(text.toString());
        }
    }
}
