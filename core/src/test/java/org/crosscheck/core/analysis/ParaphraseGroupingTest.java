package org.crosscheck.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportClaim;
import org.junit.jupiter.api.Test;

/** Newsroom rules for one fact told in different words by different outlets, on articles written for these tests. */
class ParaphraseGroupingTest {

    private final Analyzer analyzer = new Analyzer();

    @Test
    void aTreatyTheTwoCountriesSignedIsTheAgreementTheOtherOutletSaysTheySigned() {
        Report report = analyze(
                "Lake levels fall in Puno\n\nThe lake authority met in Puno on Monday. It reviewed the agreement the two governments signed in 2015.",
                "Peru and Bolivia review lake rules\n\nOfficials in Puno said on Monday that the lake is run under an agreement Peru and Bolivia signed in 2015.",
                "Lake authority meets\n\nThe authority in Puno works under a treaty the two countries signed in 2015 and meets twice a year.");
        assertThat(claimOf(report, "the two governments signed in 2015"))
                .isEqualTo(claimOf(report, "Peru and Bolivia signed in 2015"))
                .isEqualTo(claimOf(report, "the two countries signed in 2015"));
    }

    @Test
    void callingOnBothSidesToHoldTheirFireIsCallingForACeasefire() {
        Report report = analyze(
                "Truce plan\n\nFriday, 15 May 2026\n\nThe mediator Tebogo Sebina called on Malawi and Tanzania to hold their fire near the Chiwondo sandbank.",
                "Lake truce\n\nSaturday, 16 May 2026\n\nTebogo Sebina called for a ceasefire between Malawi and Tanzania near the Chiwondo sandbank.");
        assertThat(claimOf(report, "to hold their fire")).isEqualTo(claimOf(report, "called for a ceasefire"));
    }

    @Test
    void aSigningInAnotherYearIsNotTheSameSigning() {
        Report report = analyze(
                "Lake levels fall in Puno\n\nOfficials in Puno reviewed the agreement the two governments signed in 2015.",
                "Lake rules\n\nOfficials in Puno said the lake is run under an agreement Peru and Bolivia signed in 2009.");
        assertThat(claimOf(report, "signed in 2015")).isNotEqualTo(claimOf(report, "signed in 2009"));
    }

    @Test
    void theSameExactCountOfHundredsIsOneCountWhereverEachArticleIsSet() {
        Report report = analyze(
                "Ferry sinks off Kelmos\n\nMonday, 6 October 2025\n\nA ferry sank off Kelmos. By Monday evening 219 people had been rescued.",
                "Survivors reach Pyrgos\n\nTuesday, 7 October 2025\n\nSurvivors arrived in Pyrgos on Tuesday. A total of 219 people have been rescued.",
                "Storm in Norway\n\nTuesday, 7 October 2025\n\nA storm hit the coast of Norway. Rescuers saved 230 people from the storm.",
                "Floods in Chile\n\nTuesday, 7 October 2025\n\nRiver floods hit the south of Chile. Rescuers saved 230 people from the floods.");
        assertThat(claimOf(report, "219 people had been rescued")).isEqualTo(claimOf(report, "A total of 219 people"));
        // a round count is no mark of one event: two stories' 230 stay two counts
        assertThat(claimOf(report, "230 people from the storm")).isNotEqualTo(claimOf(report, "230 people from the floods"));
    }

    @Test
    void oneParliamentDeclaringEmergenciesInTwoTownsMakesTwoDeclarations() {
        Report report = analyze(
                "Dam collapse near Velantu\n\nA dam gave way near the town of Velantu on Monday. Mongolia's parliament declared a state of emergency in Velantu.",
                "Bridge collapse near Orkhantu\n\nA bridge gave way near the town of Orkhantu on Wednesday. Mongolia's parliament declared a state of emergency in Orkhantu.");
        assertThat(claimOf(report, "emergency in Velantu")).isNotEqualTo(claimOf(report, "emergency in Orkhantu"));
    }

    @Test
    void anAssemblyVotingToDeclareAnEmergencyDeclaredIt() {
        Report report = analyze(
                "Fires near Valparaíso\n\nChile's National Congress voted late on Monday to declare a state of emergency in Valparaíso.",
                "Valparaíso emergency\n\nChile's National Congress declared a state of emergency in Valparaíso on Monday night.");
        assertThat(claimOf(report, "voted late on Monday")).isEqualTo(claimOf(report, "declared a state of emergency"));
    }

    @Test
    void aCommissionCalledOnlyTheCommissionIsTheCommissionNamedInTheSameStory() {
        Report report = analyze(
                "Tisza talks\n\nThe Danube Basin Commission will meet in Szeged on Friday.",
                "Tisza talks\n\nThe commission is due to meet in Szeged on Friday to discuss the flood.");
        assertThat(claimOf(report, "will meet in Szeged")).isEqualTo(claimOf(report, "is due to meet in Szeged"));
    }

    @Test
    void whatItPledgedIsWhatTheBodyNamedBeforeItPledged() {
        Report report = analyze(
                "Rijeka terminal\n\nMeridian Ports Holding will run the terminal in Rijeka. It has pledged to invest 250 million euros in cranes.",
                "Rijeka terminal sold\n\nMeridian Ports Holding has pledged to invest 250 million euros in cranes.");
        assertThat(claimOf(report, "It has pledged")).isEqualTo(claimOf(report, "Meridian Ports Holding has pledged"));
    }

    @Test
    void whatSomeoneSaidItWouldDoIsTheirsNotTheBodyOfTheSentenceBefore() {
        Report report = analyze(
                "Rijeka terminal\n\nMeridian Ports Holding will run the terminal in Rijeka. The opposition has said it will ask the court to review the law.",
                "Rijeka terminal sold\n\nMeridian Ports Holding will ask the court to review the law.");
        assertThat(claimOf(report, "it will ask the court")).isNotEqualTo(claimOf(report, "Meridian Ports Holding will ask the court"));
        Report same = analyze(
                "Rijeka terminal\n\nMeridian Ports Holding said it will ask the court to review the law.",
                "Rijeka terminal sold\n\nMeridian Ports Holding will ask the court to review the law.");
        assertThat(claimOf(same, "it will ask the court")).isEqualTo(claimOf(same, "Meridian Ports Holding will ask the court"));
    }

    private Report analyze(String... texts) {
        List<ArticleInput> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(ArticleInput.read("outlet" + i + ".txt", texts[i]));
        }
        return analyzer.analyze(articles);
    }

    private static String claimOf(Report report, String words) {
        return report.claims().stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> m.text().contains(words)))
                .map(ReportClaim::id).findFirst().orElseThrow(() -> new AssertionError("no claim mentions: " + words));
    }
}
