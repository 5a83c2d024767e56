package org.crosscheck.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.core.time.ReportedDate;
import org.junit.jupiter.api.Test;

class ArticlePreparerTest {

    private static final String PAGE = """
            Basin dredging approved after long delay

            Thursday, 6 June 2024

            Source: Coastline Daily

            The harbour board approved a plan on Tuesday to dredge the inner basin before the autumn storms arrive. Work starts in June.

            Sign up to our newsletter
            """;
    private final ArticlePreparer preparer = new ArticlePreparer();

    @Test
    void whatThePageStatesIsDetectedWithItsSource() {
        PreparedArticle article = preparer.prepare(PAGE);
        ArticleMetadata metadata = article.metadata();
        assertThat(metadata.titleText()).isEqualTo("Basin dredging approved after long delay");
        assertThat(metadata.outletName()).isEqualTo("Coastline Daily");
        assertThat(metadata.publishedDate()).isEqualTo(ReportedDate.day(LocalDate.of(2024, 6, 6)));
        assertThat(metadata.published().source().of(PAGE)).isEqualTo("6 June 2024");
        assertThat(article.sentences()).extracting(s -> s.text(PAGE))
                .containsExactly("The harbour board approved a plan on Tuesday to dredge the inner basin before the autumn storms arrive.",
                        "Work starts in June.");
        assertThat(article.isEmptyBody()).isFalse();
    }

    @Test
    void givenMetadataWinsOverWhatThePageSays() {
        ReportedDate given = ReportedDate.day(LocalDate.of(2024, 6, 7));
        ArticleMetadata metadata = preparer.prepare(PAGE,
                new GivenMetadata("https://example.org/basin", "Harbour Times", given, null)).metadata();
        assertThat(metadata.url()).isEqualTo("https://example.org/basin");
        assertThat(metadata.outlet()).isEqualTo(new Detected<>("Harbour Times", null, "given"));
        assertThat(metadata.published().value()).isEqualTo(given);
        assertThat(metadata.published().isGiven()).isTrue();
        assertThat(metadata.title().basis()).isEqualTo("first line");
    }

    @Test
    void anArticleThatIsAllPageChromeHasAnEmptyBodyForIngestToReject() {
        PreparedArticle article = preparer.prepare("Home | News | Sport\n\nSubscribe now\n\nShare  Tweet  Email\n");
        assertThat(article.isEmptyBody()).isTrue();
        assertThat(article.body()).isEmpty();
        assertThat(article.bodyText()).isEmpty();
    }

    @Test
    void theBodyTextJoinsTheBodyRangesAsParagraphs() {
        String page = "Publicity\n\nFirst paragraph of the article is long enough to be read as a lead paragraph.\n\nAdvertisement\n\nSecond one ends here.\n";
        assertThat(preparer.prepare(page).bodyText())
                .isEqualTo("First paragraph of the article is long enough to be read as a lead paragraph.\n\nSecond one ends here.");
    }
}
