package org.crosscheck.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.core.time.ReportedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataDetectorTest {

    private static final String BODY = "\n\nThe port authority said on Monday that the new terminal would open next spring, two years late.\n";
    private final MetadataDetector detector = new MetadataDetector();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Wednesday, 05 May 2021 6:23 AM; 2021-05-05",
            "May 5, 2021; 2021-05-05",
            "2021-05-05; 2021-05-05",
            "5 May 2021; 2021-05-05",
            "5th of May 2021; 2021-05-05",
            "Sept. 14, 2020 | 10:02 GMT; 2020-09-14",
            "14.09.2020; 2020-09-14",
            "25/12/2020; 2020-12-25",
            "Published: 3 March 2024 | Updated: 4 March 2024; 2024-03-03",
            "Updated 4 March 2024, first published 3 March 2024; 2024-03-03",
            "July 2020; 2020-07"})
    void aDatelineGivesThePublishedDate(String dateline, String iso) {
        Detected<ReportedDate> published = detector.detect("A headline about the port terminal\n\n" + dateline + BODY).published();
        assertThat(published.value().iso()).isEqualTo(iso);
        assertThat(published.basis()).isEqualTo("dateline");
    }

    @Test
    void theDatelineSpanPointsAtTheDate() {
        String text = "Thursday, 13 April 2023" + BODY;
        Detected<ReportedDate> published = detector.detect(text).published();
        assertThat(published.source().of(text)).isEqualTo("13 April 2023");
        assertThat(published.value()).isEqualTo(ReportedDate.day(LocalDate.of(2023, 4, 13)));
    }

    @Test
    void aDateInsideASentenceDoesNotDateTheArticle() {
        String text = "Talks resume in Valletta\n\nThe ministers met on May 3, 2021 in Tunis and agreed to meet again before the summer recess.\n";
        assertThat(detector.detect(text).published()).isNull();
    }

    @Test
    void datesListedWithOtherStoriesBelowTheArticleDoNotDateIt() {
        String text = "Port terminal to open late" + BODY + "\nMore stories\nStorm closes coast road\n3 March 2024\n";
        assertThat(detector.detect(text).published()).isNull();
        assertThat(detector.detect("Port terminal to open late" + BODY + "\n3 March 2024\n").published()).isNull();
        assertThat(detector.detect("Port terminal to open late" + BODY + "\nPublished: 3 March 2024\n").published()).isNotNull();
    }

    @Test
    void theCreditSpanPointsAtTheOutletsName() {
        String text = "Port terminal to open late\n\nBy Jane Farrow, Reuters" + BODY;
        assertThat(detector.detect(text).outlet().source().of(text)).isEqualTo("Reuters");
    }

    @Test
    void anAmbiguousSlashedDateIsNotRead() {
        assertThat(detector.detect("05/06/2021" + BODY).published()).isNull();
    }

    @Test
    void anImpossibleDateIsNotRead() {
        assertThat(detector.detect("31 February 2021" + BODY).published()).isNull();
    }

    @Test
    void anUnknownOutletStaysUnknown() {
        ArticleMetadata metadata = detector.detect("Port terminal to open late" + BODY);
        assertThat(metadata.outlet()).isNull();
        assertThat(metadata.published()).isNull();
    }

    @Test
    void aReporterBylineDoesNotNameAnOutlet() {
        assertThat(detector.detect("Port terminal to open late\n\nBy Jane Farrow" + BODY).outlet()).isNull();
    }

    @Test
    void aBylineCreditingAnAgencyNamesTheOutlet() {
        Detected<String> outlet = detector.detect("Port terminal to open late\n\nBy Jane Farrow, Reuters" + BODY).outlet();
        assertThat(outlet.value()).isEqualTo("Reuters");
        assertThat(outlet.basis()).isEqualTo("credit line");
    }

    @Test
    void aSourceLabelNamesTheOutlet() {
        Detected<String> outlet = detector.detect("Source: Coastline Daily" + BODY).outlet();
        assertThat(outlet.value()).isEqualTo("Coastline Daily");
        assertThat(outlet.basis()).isEqualTo("source label");
    }

    @Test
    void aWireDatelineNamesTheOutlet() {
        String text = "VALLETTA (Meridian Wire) - The port authority said on Monday that the new terminal would open next spring.\n";
        Detected<String> outlet = detector.detect(text).outlet();
        assertThat(outlet.value()).isEqualTo("Meridian Wire");
        assertThat(outlet.source().of(text)).isEqualTo("Meridian Wire");
    }

    @Test
    void aKnownOutletLabelledWithItsCountryIsNamedAsItNamesItself() {
        String text = "Iraq Al Jazeera English\n\nPort terminal to open late" + BODY;
        assertThat(detector.detect(text).outlet().value()).isEqualTo("Al Jazeera");
    }

    @Test
    void aSectionLabelIsNotAnOutlet() {
        assertThat(detector.detect("World News\n\nPort terminal to open late" + BODY).outlet()).isNull();
    }

    @Test
    void thePhotoAgencyIsNotTheOutlet() {
        String text = "Port terminal to open late\n\nCranes at the new terminal.\nMaria Vella / AFP" + BODY;
        assertThat(detector.detect(text).outlet()).isNull();
    }

    @Test
    void theHeadlineIsTheFirstHeadlineLikeLineAboveTheArticle() {
        String text = "Donate now to support our reporting\n\nBusiness\n\nPort terminal will open two years late" + BODY;
        Detected<String> title = detector.detect(text).title();
        assertThat(title.value()).isEqualTo("Port terminal will open two years late");
        assertThat(title.source().of(text)).isEqualTo(title.value());
        assertThat(title.basis()).isEqualTo("headline line");
    }

    @Test
    void anArticleThatOpensWithItsFirstParagraphHasNoTitle() {
        assertThat(detector.detect(BODY.strip()).title()).isNull();
    }
}
