package org.crosscheck.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's visible words are found where they stand in its HTML. */
class PageOffsetsTest {

    private static String inHtml(String html, String text, String words) {
        PageOffsets offsets = PageOffsets.of(html, text);
        int start = text.indexOf(words);
        return html.substring(offsets.start(start), offsets.end(start + words.length()));
    }

    @Test
    void wordsAcrossMarkupEntitiesAndCollapsedSpaceAreFoundInThePage() {
        String html = "<html><head><title>Port strike</title></head><body><p>Port  strike\n ends</p>"
                + "<p>The union &amp; the port <i>signed</i> a deal.</p></body></html>";
        String text = HtmlArticle.parse(html).text();
        assertThat(text).isEqualTo("Port strike ends\nThe union & the port signed a deal.");
        assertThat(inHtml(html, text, "Port strike ends")).isEqualTo("Port  strike\n ends");
        assertThat(inHtml(html, text, "union & the port signed")).isEqualTo("union &amp; the port <i>signed");
    }

    @Test
    void theTitleInTheHeadAndScriptsAndCommentsAreNotWhereTheBodysWordsAre() {
        String html = "<html><head><title>Floods in Kanjiza</title><script>var s = 'Floods in Kanjiza';</script></head>"
                + "<body><!-- Floods in Kanjiza --><h1>Floods in Kanjiza</h1><p>Two people died.</p></body></html>";
        String text = HtmlArticle.parse(html).text();
        PageOffsets offsets = PageOffsets.of(html, text);
        assertThat(offsets.start(0)).isEqualTo(html.indexOf("<h1>") + 4);
        assertThat(inHtml(html, text, "Two people died.")).isEqualTo("Two people died.");
    }

    @Test
    void aCharacterThePageDoesNotHoldKeepsThePlaceOfTheOneBeforeAndTheRestIsStillFound() {
        String html = "<body><p>Chile called on Bolivia.</p></body>";
        String text = "Chile called \u2603 on Bolivia.";
        assertThat(inHtml(html, text, "on Bolivia.")).isEqualTo("on Bolivia.");
    }
}
