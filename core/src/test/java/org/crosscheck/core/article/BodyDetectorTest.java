package org.crosscheck.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

class BodyDetectorTest {

    private static final String LEAD = "The harbour board approved a plan on Tuesday to dredge the inner basin before the autumn storms arrive.";
    private static final String SECOND = "Work will start in June and cost about four million pounds, the board's chairman told reporters.";
    private final BodyDetector detector = new BodyDetector();

    private String bodyOf(String page) {
        StringBuilder body = new StringBuilder();
        for (Span range : detector.detect(page)) {
            body.append(range.of(page)).append('\n');
        }
        return body.toString();
    }

    @Test
    void aNewsletterPromptIsNotArticleBody() {
        String body = bodyOf(LEAD + "\n\nSign up for our weekly newsletter\n\n" + SECOND);
        assertThat(body).contains(LEAD, SECOND).doesNotContain("newsletter");
    }

    @Test
    void aSentenceThatMerelyMentionsSubscriptionsOrDonationsIsStillBody() {
        String line = "The charity said the donation would not change its position, and the board did not subscribe to that view.";
        assertThat(bodyOf(LEAD + "\n\n" + line + "\n\n" + SECOND)).contains(line);
    }

    @Test
    void aReadMoreLinkInsideTheArticleIsNotBodyButTheArticleGoesOn() {
        String body = bodyOf(LEAD + "\n\nRead more: Dredgers return to the estuary\n\n" + SECOND);
        assertThat(body).contains(LEAD, SECOND).doesNotContain("Read more");
    }

    @Test
    void aReadNextLinkASyndicationNoticeAndAnAppealForSupportersAreNotBody() {
        String body = bodyOf(LEAD + "\n\nRead next: Ferry fares to rise from April\n\n" + SECOND
                + "\n\nThis story was supplied by Coastal Press Agency and is published by the Harbour Times under licence."
                + "\n\nThe Harbour Times is funded by its readers. Become a supporter today.");
        assertThat(body).contains(LEAD, SECOND).doesNotContain("Read next", "supplied by", "supporter");
    }

    @Test
    void aParagraphThatMentionsAnAppAndTellsResidentsWhatToDoIsStillBody() {
        String line = "The ministry asked residents to download the flood alert app. Leave your homes only if told to, it said.";
        assertThat(bodyOf(LEAD + "\n\n" + line + "\n\n" + SECOND)).contains(line);
    }

    @Test
    void shareButtonsAndMenusAreNotArticleBody() {
        String body = bodyOf("Home | Local | Business | Sport\n\n" + LEAD + "\n\nShare  Tweet  WhatsApp  Email\n\n" + SECOND);
        assertThat(body).doesNotContain("Home", "Tweet").contains(LEAD, SECOND);
    }

    @Test
    void aPhotoCaptionAboveItsCreditIsNotArticleBody() {
        String caption = "Dredgers at work in the outer basin last year.";
        String body = bodyOf(LEAD + "\n\n" + caption + "\nLena Marsh / Harbour Photos\n\n" + SECOND);
        assertThat(body).contains(LEAD, SECOND).doesNotContain(caption, "Lena Marsh");
    }

    @Test
    void aBylineAndReadingTimeAreNotArticleBody() {
        String body = bodyOf("By Tom Reese\n4 min read\n\n" + LEAD + "\n\n" + SECOND);
        assertThat(body).doesNotContain("Tom Reese", "min read").startsWith(LEAD);
    }

    @Test
    void headlinesListedAfterTheArticleAreNotBody() {
        String body = bodyOf(LEAD + "\n\n" + SECOND + "\n\nCouncil delays vote on parking fees\nNew ferry enters service on the northern route\n");
        assertThat(body).doesNotContain("Council delays", "New ferry");
    }

    @Test
    void headlinesUnderARelatedHeadingAreNotBodyEvenWithFullStops() {
        String body = bodyOf(LEAD + "\n\n" + SECOND + "\n\nRelated stories\nCouncil delays vote on parking fees.\nNew ferry enters service.\n");
        assertThat(body).contains(SECOND).doesNotContain("Council delays", "New ferry");
    }

    @Test
    void aReadAlsoBoxListsOtherStoriesAndTheArticleResumesAfterIt() {
        String body = bodyOf(LEAD + "\n\nRead also:\nDredgers return to the estuary.\n\n" + SECOND);
        assertThat(body).contains(LEAD, SECOND).doesNotContain("Dredgers return");
    }

    @Test
    void anEditorsInsertionInBracketsIsNotAPhotoCredit() {
        String line = "\"We will not pay for it [the dredging],\" the chairman said of the plan [Harbour Board].";
        assertThat(bodyOf(LEAD + "\n\n" + line + "\n\n" + SECOND)).contains(line);
    }

    @Test
    void aCrossheadInsideTheArticleStaysWithTheBody() {
        String body = bodyOf(LEAD + "\n\nCost of the work\n\n" + SECOND);
        assertThat(body).contains("Cost of the work");
    }

    @Test
    void aShortTeaserAboveTheLeadParagraphIsNotBody() {
        String body = bodyOf("Harbour news you can trust.\n\nBasin to be dredged\n\n" + LEAD + "\n\n" + SECOND);
        assertThat(body).startsWith(LEAD).doesNotContain("you can trust");
    }

    @Test
    void theStandfirstBelongsToTheBodyButTheHeadlineDoesNot() {
        String standfirst = "The harbour board wants the work finished before the first storms of the autumn, its chairman said.";
        String body = bodyOf("Board approves dredging of inner basin\n\n" + standfirst + "\n\n" + LEAD + "\n\n" + SECOND);
        assertThat(body).startsWith(standfirst).doesNotContain("Board approves");
    }

    @Test
    void aPageWithoutProseHasNoBody() {
        assertThat(detector.detect("Home | News | Sport\n\nSubscribe\n\nMost read\nStorm hits coast\n")).isEmpty();
        assertThat(detector.detect("")).isEmpty();
    }

    @Test
    void bodyRangesPointAtTheStoredTextInOrder() {
        String page = "Advertisement\n\n" + LEAD + "\n\nPublicity\n\n" + SECOND + "\n";
        List<Span> body = detector.detect(page);
        assertThat(body).extracting(range -> range.of(page)).containsExactly(LEAD, SECOND);
    }

    @Test
    void hostileTextDoesNotBreakTheLayout() {
        String page = "\"".repeat(10_000) + "\n" + "\u0000\u0007".repeat(5_000) + "\n\n" + LEAD + " " + "word ".repeat(20_000) + "end.\n";
        List<Span> body = detector.detect(page);
        assertThat(body).hasSize(1);
        assertThat(body.get(0).of(page)).startsWith(LEAD).endsWith("end.");
    }
}
