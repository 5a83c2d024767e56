package org.crosscheck.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, List.of(new Span(0, text.length()))).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void aTitleBeforeANameDoesNotEndASentence() {
        assertThat(sentences("Gen. Okoro met Mr. Smith and Dr. Jones. They talked."))
                .containsExactly("Gen. Okoro met Mr. Smith and Dr. Jones.", "They talked.");
    }

    @Test
    void initialsDatesAndDecimalsStayInsideTheirSentence() {
        assertThat(sentences("J. R. Smith said on Jan. 5 that growth was 3.5 percent. It was No. 1 in the region."))
                .containsExactly("J. R. Smith said on Jan. 5 that growth was 3.5 percent.", "It was No. 1 in the region.");
    }

    @Test
    void aWordThatLooksLikeAnAbbreviationStillEndsASentenceWhereTheWriterEndedIt() {
        assertThat(sentences("The answer was no. Then they left under the sun. The case vs. Smith Ltd. went on."))
                .containsExactly("The answer was no.", "Then they left under the sun.", "The case vs. Smith Ltd. went on.");
    }

    @Test
    void dottedAbbreviationsEndASentenceOnlyWhenANewOneClearlyStarts() {
        assertThat(sentences("The U.S. Treasury and the U.N. Security Council agreed. Talks moved to the U.S. The meeting ended."))
                .containsExactly("The U.S. Treasury and the U.N. Security Council agreed.", "Talks moved to the U.S.",
                        "The meeting ended.");
    }

    @Test
    void aClosingQuoteAfterTheFullStopBelongsToTheSentence() {
        assertThat(sentences("He said: \u201cWe will go. We will win.\u201d Then he left."))
                .containsExactly("He said: \u201cWe will go.", "We will win.\u201d", "Then he left.");
    }

    @Test
    void aQuestionOrExclamationInsideAQuoteBeforeTheSpeakerDoesNotEndTheSentence() {
        assertThat(sentences("\"Why now?\" she asked. \"Never!\" he replied! Was it over? Yes."))
                .containsExactly("\"Why now?\" she asked.", "\"Never!\" he replied!", "Was it over?", "Yes.");
    }

    @Test
    void anEllipsisEndsASentenceOnlyBeforeACapitalAndNeverInsideBrackets() {
        assertThat(sentences("Allies, ... to promote peace. It is the fight (\u2026) Our presence matters. He paused... Then spoke."))
                .containsExactly("Allies, ... to promote peace.", "It is the fight (\u2026) Our presence matters.",
                        "He paused...", "Then spoke.");
    }

    @Test
    void aLineBreakAlwaysEndsASentence() {
        assertThat(sentences("The war in the north\n\nis a proxy war.\nA heading\nMore text."))
                .containsExactly("The war in the north", "is a proxy war.", "A heading", "More text.");
    }

    @Test
    void sentencesPointAtTheExactCharactersOfTheStoredText() {
        String text = "  First one.  Second\u00a0one!\u00a0\n";
        List<Sentence> split = splitter.split(text, List.of(new Span(0, text.length())));
        assertThat(split).extracting(Sentence::span).containsExactly(new Span(2, 12), new Span(14, 25));
        assertThat(split).extracting(Sentence::index).containsExactly(0, 1);
    }

    @Test
    void punctuationWithoutWordsIsNotASentence() {
        assertThat(sentences("Spoke of \"\n\u00a0\".\n.\nEnd.")).containsExactly("Spoke of \"", "End.");
    }

    @Test
    void onlyTheBodyRangesAreSplit() {
        String text = "Headline here\nBody one. Body two.\nFooter line.";
        List<Sentence> split = splitter.split(text, List.of(new Span(14, 33)));
        assertThat(split).extracting(s -> s.text(text)).containsExactly("Body one.", "Body two.");
    }

    @Test
    void hostileTextIsSplitInOnePass() {
        String quotes = "\"".repeat(10_000);
        String dots = ". ".repeat(10_000);
        String control = "A\u0000b\u0007c. D\u001b.";
        String text = quotes + "\n" + dots + "\n" + control + "\n" + "word ".repeat(50_000) + "end.";
        List<String> split = sentences(text);
        assertThat(split).contains("A\u0000b\u0007c.", "D\u001b.");
        assertThat(split.get(split.size() - 1)).endsWith("word end.").hasSize(250_004);
    }
}
