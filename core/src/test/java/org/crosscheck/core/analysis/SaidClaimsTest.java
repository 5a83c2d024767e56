package org.crosscheck.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportClaim;
import org.junit.jupiter.api.Test;

/**
 * Newsroom rules for what speakers are credited with saying, what is told of people beside their names, and figures told
 * inside longer sentences, as claims, on articles written for these tests.
 */
class SaidClaimsTest {

    private final Analyzer analyzer = new Analyzer();

    private static final String TRUST = "Nobody in this town trusts the contractor any more";

    @Test
    void whatASpeakerSaidIsAClaimWithItsOwnWordsAsSpan() {
        Report report = analyze("Bridge closed in Ruse\n\nMayor Elena Dimova said on Monday: \"" + TRUST + ".\"");
        ReportClaim said = claimWith(report, TRUST);
        assertThat(said.kind()).isEqualTo("stance");
        assertThat(said.mentions()).extracting(ReportClaim.ClaimMention::text).containsExactly(TRUST + ".");
        assertThat(said.normalised().actor()).isEqualTo(speakerOf(report, TRUST));
    }

    @Test
    void twoOutletsQuotingOneSpeakersStatementCorroborateOneClaim() {
        Report report = analyze(
                "Bridge closed in Ruse\n\nMayor Elena Dimova said on Monday: \"" + TRUST + ".\"",
                "Ruse bridge shut\n\n\"" + TRUST + ",\" Mayor Elena Dimova told reporters in Ruse.");
        assertThat(claimWith(report, TRUST).mentions()).extracting(ReportClaim.ClaimMention::file).containsExactly("outlet0.txt", "outlet1.txt");
    }

    @Test
    void oneSpeakerOnTwoSubjectsMakesTwoClaims() {
        Report report = analyze(
                "Bridge closed in Ruse\n\nMayor Elena Dimova said on Monday: \"" + TRUST + ".\"",
                "Ruse budget\n\nMayor Elena Dimova said the budget for schools in Ruse was her first concern.");
        assertThat(claimWith(report, TRUST).id()).isNotEqualTo(claimWith(report, "budget for schools").id());
    }

    @Test
    void theSameWordsFromTwoSpeakersAreTwoClaims() {
        Report report = analyze(
                "Bridge closed in Ruse\n\nMayor Elena Dimova said on Monday: \"" + TRUST + ".\"",
                "Ruse bridge shut\n\nEngineer Petar Kolev said in Ruse that " + TRUST.toLowerCase(java.util.Locale.ROOT) + ".");
        List<ReportClaim> said = report.claims().stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> m.text().toLowerCase(java.util.Locale.ROOT).contains("trusts the contractor"))).toList();
        assertThat(said).hasSize(2);
    }

    @Test
    void whatTheSentenceAlreadyClaimsIsNotClaimedTwice() {
        Report report = analyze("Bridge closed in Ruse\n\nMayor Elena Dimova said the bridge would stay shut until the inspection ends.");
        long claims = report.claims().stream().flatMap(c -> c.mentions().stream()).filter(m -> m.text().contains("would stay shut")).count();
        assertThat(claims).isEqualTo(1);
    }

    @Test
    void twoOutletsGivingOnePersonTheSameAgeCorroborateOneClaim() {
        Report report = analyze(
                "Ruse bridge contractor charged\n\nThe contractor's owner, Ivo Petrov, 58, was charged in Ruse on Monday.",
                "Charges in Ruse\n\nProsecutors in Ruse charged Ivo Petrov, 58, with fraud.");
        ReportClaim age = claimSaying(report, "Ivo Petrov, 58");
        assertThat(age.kind()).isEqualTo("quantity");
        assertThat(age.mentions()).extracting(ReportClaim.ClaimMention::file).containsExactly("outlet0.txt", "outlet1.txt");
    }

    @Test
    void anOfficeToldBesideANameIsAClaimThatOutletsShare() {
        Report report = analyze(
                "Ruse bridge shut\n\nMayor Elena Dimova closed the bridge in Ruse on Monday.",
                "Ruse bridge\n\nThe bridge in Ruse was closed by Mayor Elena Dimova.");
        ReportClaim office = claimSaying(report, "Mayor Elena Dimova");
        assertThat(office.kind()).isEqualTo("status");
        assertThat(office.mentions()).hasSize(2);
    }

    @Test
    void onePostToldInOtherWordsByTwoOutletsIsOneClaim() {
        Report report = analyze(
                "Ruse count disputed\n\nElena Dimova, who chairs the city electoral commission, defended the count in Ruse.",
                "Ruse recount\n\nThe head of the city electoral commission, Elena Dimova, said the count in Ruse was sound.");
        ReportClaim post = claimSaying(report, "Elena Dimova, who chairs the city electoral commission");
        assertThat(post.kind()).isEqualTo("status");
        assertThat(post.mentions()).extracting(ReportClaim.ClaimMention::text)
                .containsExactly("Elena Dimova, who chairs the city electoral commission", "The head of the city electoral commission, Elena Dimova");
    }

    @Test
    void oneFigureToldInsideLongerSentencesByTwoOutletsIsOneClaimThatNeverConflicts() {
        Report report = analyze(
                "Ruse verdict\n\nA court in Ruse on Tuesday sentenced Ivo Petrov, the former head of the roads agency, to seven years in prison.",
                "Petrov jailed\n\nIvo Petrov, who ran the roads agency in Ruse until 2020, was on Tuesday jailed by the court for seven years.");
        ReportClaim figure = claimSaying(report, "to seven years in prison");
        assertThat(figure.kind()).isEqualTo("quantity");
        assertThat(figure.mentions()).extracting(ReportClaim.ClaimMention::file).containsExactly("outlet0.txt", "outlet1.txt");
    }

    @Test
    void aSumIsOneFigureWhateverEachOutletSaysItWas() {
        Report report = analyze(
                "Ruse verdict\n\nThe tribunal in Ruse found on Tuesday that Ivo Petrov took 640,000 euros in bribes from a road-building company.",
                "Ruse verdict\n\nThe court in Ruse accepted on Tuesday the prosecution's case that Ivo Petrov pocketed €640,000 from the builder.");
        assertOneClaimInBothOutlets(report, "took 640,000 euros in bribes");
    }

    @Test
    void oneFigureCreditedToTwoBodiesIsStillOneFigure() {
        Report report = analyze(
                "Port deal in Ruse\n\nThe parliament in Ruse on Wednesday approved a 40-year concession for the container terminal after a long debate.",
                "Ruse port\n\nMeridian Ports Holding will take control of the container terminal in Ruse for 40 years from next month.");
        assertOneClaimInBothOutlets(report, "approved a 40-year concession");
    }

    @Test
    void theSameFigureForTwoDifferentPeopleIsTwoClaims() {
        Report report = analyze(
                "Ruse verdict\n\nA court in Ruse on Tuesday sentenced Ivo Petrov, the former head of the roads agency, to five years in prison.",
                "Ruse verdict\n\nThe court in Ruse on Tuesday also banned Dana Kirova, the agency's accountant, from public office for five years.");
        assertThat(claimSaying(report, "to five years in prison").mentions()).hasSize(1);
    }

    /** The claim with a mention reading exactly these words has one mention in each of the two outlets. */
    private static void assertOneClaimInBothOutlets(Report report, String words) {
        assertThat(claimSaying(report, words).mentions()).extracting(ReportClaim.ClaimMention::file).containsExactly("outlet0.txt", "outlet1.txt");
    }

    private Report analyze(String... texts) {
        List<ArticleInput> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(ArticleInput.read("outlet" + i + ".txt", "Published 2026-03-0" + (i + 2) + "\n\n" + texts[i]));
        }
        return analyzer.analyze(articles);
    }

    private static ReportClaim claimWith(Report report, String words) {
        return report.claims().stream().filter(c -> c.mentions().stream().anyMatch(m -> m.text().contains(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no claim mentions: " + words));
    }

    /** The claim with a mention of exactly these words. */
    private static ReportClaim claimSaying(Report report, String words) {
        return report.claims().stream().filter(c -> c.mentions().stream().anyMatch(m -> m.text().equals(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no claim mention reads: " + words + " in " + report.claims()));
    }

    private static String speakerOf(Report report, String content) {
        return report.attributions().stream().filter(a -> a.content().text().contains(content)).findFirst().orElseThrow().speaker();
    }
}
