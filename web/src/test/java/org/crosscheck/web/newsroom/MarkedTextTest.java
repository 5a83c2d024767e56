package org.crosscheck.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.db.document.BodyRange;
import org.crosscheck.db.review.DocumentMarks.AttributionMark;
import org.crosscheck.db.review.DocumentMarks.ClaimMark;
import org.junit.jupiter.api.Test;

/** How the document page cuts the stored text: body against chrome, the narrowest claim, the attribution around it. */
class MarkedTextTest {

    private static BodyRange body(int start, int end) {
        BodyRange range = new BodyRange();
        range.startOffset = start;
        range.endOffset = end;
        return range;
    }

    @Test
    void aClaimInsideAReportedStatementLeadsToItsPropositionAndTheRestOfTheStatementToTheAttribution() {
        String text = "Headline\nThe minister said the bridge will reopen in May.\n";
        int sentence = text.indexOf("The minister");
        int claim = text.indexOf("the bridge");
        List<MarkedText.Piece> pieces = MarkedText.of(text, List.of(body(sentence, text.length() - 1)),
                List.of(new ClaimMark(7, claim, claim + "the bridge will reopen in May".length(), 42L, "EVENT")),
                List.of(new AttributionMark(3, sentence, text.length() - 1, 9L, "the minister", "said", "ASSERT", false, "")));

        assertThat(String.join("", pieces.stream().map(MarkedText.Piece::text).toList())).isEqualTo(text);
        assertThat(pieces.get(0).getCss()).isEqualTo("chrome");
        assertThat(pieces.get(1).text()).isEqualTo("The minister said ");
        assertThat(pieces.get(1).getCss()).isEqualTo("body attributed");
        assertThat(pieces.get(1).anchor()).isEqualTo("a-3");
        MarkedText.Piece claimed = pieces.stream().filter(p -> p.claim() != null).findFirst().orElseThrow();
        assertThat(claimed.text()).isEqualTo("the bridge will reopen in May");
        assertThat(claimed.getCss()).isEqualTo("body claim attributed");
        assertThat(claimed.anchor()).isEqualTo("c-7");
        MarkedText.Piece rest = pieces.get(pieces.indexOf(claimed) + 1);
        assertThat(rest.text()).isEqualTo(".");
        assertThat(rest.attribution().id()).isEqualTo(3);
        assertThat(rest.anchor()).isNull();
    }

    @Test
    void ofTwoClaimsOverOneStretchTheNarrowerIsLinked() {
        String text = "Forty people were injured and two died on Monday.";
        List<MarkedText.Piece> pieces = MarkedText.of(text, List.of(body(0, text.length())),
                List.of(new ClaimMark(1, 0, text.length() - 1, 10L, "EVENT"), new ClaimMark(2, 0, 25, 20L, "QUANTITY")), List.of());
        assertThat(pieces.get(0).text()).isEqualTo("Forty people were injured");
        assertThat(pieces.get(0).claim().propositionId()).isEqualTo(20L);
        assertThat(pieces.get(1).claim().propositionId()).isEqualTo(10L);
        assertThat(pieces.get(1).anchor()).isEqualTo("c-1");
    }

    @Test
    void tenThousandMarksOnOneLongPageAreCutInOnePass() {
        StringBuilder text = new StringBuilder();
        List<ClaimMark> claims = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int start = text.length();
            text.append("Officials said \"").append(i).append("\" again. ");
            claims.add(new ClaimMark(i, start, text.length() - 1, (long) i, "STANCE"));
        }
        List<MarkedText.Piece> pieces = MarkedText.of(text.toString(), List.of(), claims, List.of());
        assertThat(pieces).hasSize(20_000);
        assertThat(String.join("", pieces.stream().map(MarkedText.Piece::text).toList())).isEqualTo(text.toString());
    }

    @Test
    void aMarkBeyondTheEndOfTheTextIsClampedNotThrown() {
        List<MarkedText.Piece> pieces = MarkedText.of("Short text.", List.of(), List.of(new ClaimMark(1, 6, 500, null, "EVENT")), List.of());
        assertThat(pieces).extracting(MarkedText.Piece::text).containsExactly("Short ", "text.");
    }
}
