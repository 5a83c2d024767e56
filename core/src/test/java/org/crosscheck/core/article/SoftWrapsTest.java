package org.crosscheck.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** Wire copy wrapped at 72 columns reads as the same sentences as the same copy with one paragraph per line. */
class SoftWrapsTest {

    private static final List<String> PARAGRAPHS = List.of(
            "Harbour officials in Veltrana said on Tuesday that the night ferry to the islands would stop running for two weeks "
                    + "while engineers inspect the pier, which was damaged when a cargo ship struck it in the storm.",
            "The port authority's director, MiraOstrand, told reporters that 1,200 passengers a day would be carried by a "
                    + "replacement bus and boat service. \"We expect the pier to reopen before the summer timetable,\" she said.",
            "Island councillors criticised the decision, saying the replacement service would add three hours to a journey "
                    + "that islanders make every day to reach the hospital on the mainland.");

    @Test
    void aHardWrappedArticleSplitsIntoTheSentencesOfItsUnwrappedOriginal() {
        String original = String.join("\n\n", PARAGRAPHS);
        String wrapped = String.join("\n\n", PARAGRAPHS.stream().map(p -> wrap(p, 72)).toList());
        assertThat(wrapped.lines().filter(line -> !line.isEmpty()).count()).as("the copy really is wrapped").isGreaterThan(PARAGRAPHS.size() * 2L);
        assertThat(sentences(wrapped)).isEqualTo(sentences(original)).hasSize(4);
    }

    @Test
    void aWrappedParagraphIsOneLineOfThePageAndItsBlankLinesStillSeparateParagraphs() {
        String wrapped = String.join("\n\n", PARAGRAPHS.stream().map(p -> wrap(p, 72)).toList());
        assertThat(PageLine.of(wrapped)).hasSize(PARAGRAPHS.size());
    }

    @Test
    void aPageWithOneParagraphPerLineOrShortMenuLinesHasNoSoftBreaks() {
        assertThat(SoftWraps.of(String.join("\n", PARAGRAPHS)).isEmpty()).isTrue();
        assertThat(SoftWraps.of("Home\nWorld\nBusiness\nSport\nWeather\n\nShare: Facebook | X | Email").isEmpty()).isTrue();
        assertThat(SoftWraps.of("Spoke of \"\n.\nEnd.").isEmpty()).as("too narrow to be wrapped copy").isTrue();
    }

    @Test
    void aShortLastLineEndsItsParagraphEvenWithoutABlankLine() {
        String text = wrap(PARAGRAPHS.get(0), 72) + "\nBy Ilse Marnow\n" + wrap(PARAGRAPHS.get(2), 72);
        String[] lines = text.split("\n");
        int afterParagraph = text.indexOf("\nBy Ilse Marnow");
        assertThat(SoftWraps.of(text).get(afterParagraph)).as("'By' fits after the paragraph's short last line").isFalse();
        assertThat(lines.length).isGreaterThan(4);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Sentence s : new SentenceSplitter().split(text, List.of(new Span(0, text.length())))) {
            out.add(s.span().of(text).replaceAll("\\s+", " "));
        }
        return out;
    }

    /** Greedy wrapping, as text editors and mail programs do it. */
    private static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
