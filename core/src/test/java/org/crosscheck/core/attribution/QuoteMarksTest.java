package org.crosscheck.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text).stream().map(q -> q.words().of(text)).toList();
    }

    @Test
    void straightAndCurlyMarksBothQuote() {
        assertThat(quoted("He said \"we stay\" and “we fight”.")).containsExactly("we stay", "we fight");
    }

    @Test
    void theClosingCommaIsNotPartOfTheQuote() {
        assertThat(quoted("“We will rebuild the port,” the mayor said.")).containsExactly("We will rebuild the port");
    }

    @Test
    void singleMarksInsideADoubleQuoteBelongToIt() {
        assertThat(quoted("“They call it ‘the deal’ now,” she said.")).containsExactly("They call it ‘the deal’ now");
    }

    @Test
    void anApostropheIsNotAQuotationMark() {
        assertThat(quoted("Kenya’s minister and the country's parliament met.")).isEmpty();
    }

    @Test
    void aSingleQuotedLabelInAHeadlineIsFound() {
        assertThat(quoted("Leaders agree to work 'more closely' on trade")).containsExactly("more closely");
    }

    @Test
    void aQuoteRunningOverParagraphsClosesWhereTheNextParagraphReopens() {
        String text = "\"The first paragraph of the quote.\n\n\"The second paragraph,\" he said.";
        assertThat(quoted(text)).containsExactly("The first paragraph of the quote.", "The second paragraph");
    }

    @Test
    void marksSeparatedFromTheirWordsByBlankLinesStillQuote() {
        assertThat(quoted("They spoke of \" \u00a0\n\ndeep differences\n\n \".")).containsExactly("deep differences");
    }

    @Test
    void anUnclosedMarkNeverSwallowsTheRestOfALongArticle() {
        String text = "He said \"never closed. " + "Filler sentence here. ".repeat(400);
        assertThat(QuoteMarks.find(text)).isEmpty();
    }
}
