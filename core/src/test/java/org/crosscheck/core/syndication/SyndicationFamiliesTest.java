package org.crosscheck.core.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.core.syndication.SyndicationFamilies.Article;
import org.junit.jupiter.api.Test;

class SyndicationFamiliesTest {

    private static final String WIRE = "The port authority in Valparaiso said on Monday that dock workers would return on Wednesday "
            + "after a four-day stoppage over night shifts. The union said its members had voted by a wide margin to accept "
            + "a revised rota, and shipping lines said the backlog of container vessels would take a week to clear. "
            + "Exporters of fruit had warned that cargo was spoiling on the quays while the dispute went on.";

    private static final String OWN_STORY = "Fruit growers in the Aconcagua valley counted their losses as the strike at the "
            + "country's busiest port ended, saying that several hundred tonnes of grapes had been left to rot in trucks "
            + "queuing outside the terminal gates for most of the week.";

    private static Article article(String name, String body, String published, String declared) {
        return new Article(name, BodyFingerprint.of(body), published, declared);
    }

    @Test
    void aRepublishedWireStoryIsACopyOfTheEarliestPublishedVersion() {
        Map<String, String> originals = SyndicationFamilies.originals(List.of(
                article("copy.txt", "Republished with permission. " + WIRE, "2025-06-11", null),
                article("wire.txt", WIRE, "2025-06-10", null),
                article("own.txt", OWN_STORY, "2025-06-10", null)));

        assertThat(originals).containsExactly(Map.entry("copy.txt", "wire.txt"));
    }

    @Test
    void aCopyItsSenderDeclaresIsOneEvenWhenRewrittenBeyondRecognition() {
        Map<String, String> originals = SyndicationFamilies.originals(List.of(
                article("wire.txt", WIRE, "2025-06-10", null),
                article("rewrite.txt", OWN_STORY, "2025-06-10", "wire.txt")));

        assertThat(originals).containsExactly(Map.entry("rewrite.txt", "wire.txt"));
    }

    @Test
    void copiesOfACopyPointAtTheFamilysOriginalAndUndatedVersionsComeLast() {
        Map<String, String> originals = SyndicationFamilies.originals(List.of(
                article("undated.txt", WIRE, null, null),
                article("second.txt", WIRE + " Updated.", "2025-06-12", "undated.txt"),
                article("first.txt", "Shipping news. " + WIRE, "2025-06-10", null)));

        assertThat(originals).containsOnly(Map.entry("undated.txt", "first.txt"), Map.entry("second.txt", "first.txt"));
    }

    @Test
    void differentArticlesOnOneStoryAreNotCopies() {
        assertThat(SyndicationFamilies.originals(List.of(article("a.txt", WIRE, "2025-06-10", null),
                article("b.txt", OWN_STORY, "2025-06-10", null)))).isEmpty();
    }
}
