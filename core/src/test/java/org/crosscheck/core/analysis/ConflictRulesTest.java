package org.crosscheck.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportClaim;
import org.crosscheck.core.report.ReportConflict;
import org.junit.jupiter.api.Test;

/** The conflicts an editor is shown, on short invented articles: each rule as a newsroom would state it. */
class ConflictRulesTest {

    private final Analyzer analyzer = new Analyzer();

    private Report analyze(String... texts) {
        List<ArticleInput> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(ArticleInput.read("story" + i + ".txt", texts[i]));
        }
        return analyzer.analyze(articles);
    }

    private static List<ReportConflict> of(Report report, String kind) {
        return report.conflicts().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    /** The report has one date conflict, and its explanation quotes how each side dated the event. */
    private static void onlyDateConflictNames(Report report, String... datings) {
        assertThat(of(report, "date")).singleElement().satisfies(c -> assertThat(c.explanation()).contains(datings));
    }

    @Test
    void oneResolutionCreditedToTwoCountriesParliamentsIsAHighSeverityAttributionConflict() {
        Report report = analyze("""
                Chile's parliament passed a resolution on Monday demanding the release of the detained fishing crews.

                The vote followed weeks of talks over the disputed fishing grounds.

                In its statement, Peru's parliament said the detained fishing crews must be released without delay.
                """);
        List<ReportConflict> conflicts = of(report, "attribution");
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo("high");
            assertThat(c.explanation()).contains("Parliament (Chile)", "Parliament (Peru)");
            assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                    .anyMatch(t -> t.contains("Chile's parliament")).anyMatch(t -> t.contains("Peru's parliament said"));
        });
    }

    @Test
    void aMinisterEchoingHerOwnGovernmentIsNoConflict() {
        Report report = analyze("""
                Kenya's government said on Monday that the new dam would supply water to two million people.

                Water Minister Amina Otieno said the new dam would supply water to two million people by next year.
                """);
        assertThat(of(report, "attribution")).isEmpty();
    }

    @Test
    void fortyInjuredAgainstFourHundredInOneStoryIsANumberConflictWithEverySide() {
        Report report = analyze(
                "Bridge collapse in Ostrava\n\nTuesday, 4 April 2023\n\nA bridge collapsed in Ostrava on Monday. At least 40 people were injured, officials said.",
                "Ostrava bridge: what we know\n\nWednesday, 5 April 2023\n\nA bridge in Ostrava collapsed on Monday. 400 people were injured, the city said.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo("high");
            assertThat(c.mentions()).extracting(ReportConflict.Side::file).containsExactlyInAnyOrder("story0.txt", "story1.txt");
            assertThat(c.explanation()).contains("40", "400");
        });
    }

    @Test
    void whatAMarginWouldHaveBeenIsNoCountToContradictTheMarginThatWas() {
        Report report = analyze(
                "Kerrigan wins Orland\n\nWednesday, 4 March 2026\n\nThe commission declared Kerrigan the winner with 447,918 votes to Stroud's 446,634, a margin of 1,284.",
                "The postal ballots\n\nThursday, 5 March 2026\n\nThe postal ballots broke heavily for Kerrigan. Without them, Stroud would have finished about 100 votes ahead.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void peopleHeldAreDetainedSoElevenDetainedAndThirteenHeldDisagree() {
        Report report = analyze(
                "Lake clash\n\nTuesday, 12 May 2026\n\nTanzania detained 11 Malawians after the clash on Lake Nyasa on Tuesday, the ministry said.",
                "Naval post\n\nWednesday, 13 May 2026\n\nTanzanian authorities are holding 13 Malawians at a naval post on Lake Nyasa, the colonel said.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("11", "13"));
    }

    @Test
    void aLooseFigureDoesNotCarryTwoFiguresThatDisagreeIntoOneClaim() {
        // "at least 20" agrees with 31 and with 37; the two Monday tolls still disagree, and say so
        Report report = analyze(
                "At least 20 dead as levee breaks in Tarvola\n\nSunday, 5 April 2026\n\nAt least 20 people were killed when a levee gave way in Tarvola.",
                "Tarvola levee: toll rises\n\nTuesday, 7 April 2026\n\nThe toll from the Tarvola levee breach had stood at 31 on Monday, officials said.",
                "Tarvola families wait\n\nWednesday, 8 April 2026\n\nThe interior minister said on Monday that 37 people had been killed in the Tarvola levee breach.");
        assertThat(of(report, "number")).anySatisfy(c -> assertThat(c.explanation()).contains("31", "37"));
        assertThat(report.claims()).noneSatisfy(claim -> assertThat(claim.mentions()).extracting(m -> m.text())
                .anySatisfy(t -> assertThat(t).contains("31")).anySatisfy(t -> assertThat(t).contains("37")));
    }

    @Test
    void twoTollsForOneDayDisagreeWhateverTheTollBecameLater() {
        // 31 and 37 for Monday disagree; the 38 of a later day moves the count on, and "had died" as said on Monday is
        // Monday's count, not a death dated Monday against the breach on Sunday
        Report report = analyze(
                "Tarvola levee: toll rises\n\nTuesday, 7 April 2026\n\nThe number of people killed when the levee broke in Tarvola on Sunday has risen to 38. "
                        + "The toll had stood at 31 on Monday.",
                "Tarvola families wait\n\nWednesday, 8 April 2026\n\nThe interior minister said on Monday that 37 people had died when the levee broke in Tarvola. "
                        + "Thirty-eight people are confirmed dead.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("31", "37"));
        assertThat(of(report, "date")).isEmpty();
    }

    @Test
    void theSameDigitsInAnotherOrderForOneAmountAreANumberConflict() {
        Report report = analyze(
                "Dam bursts in Albania\n\nSunday, 5 April 2026\n\nThe earth dam in northern Albania held about 3.5 million cubic metres of water.",
                "Albania dam questions\n\nWednesday, 8 April 2026\n\nThe earth dam in northern Albania, built in 2011 to irrigate farms, held about 5.3 million cubic metres of water.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("3.5 million", "5.3 million"));
    }

    @Test
    void oneSuspensionCreditedToTwoMinistersIsAnAttributionConflictButTwoVisitsAreNot() {
        Report report = analyze(
                "Hospital chief suspended in Slovenia\n\nMonday, 6 April 2026\n\nHealth Minister Ana Petrova suspended the hospital's director, Marko Ilic, "
                        + "on Monday pending an inquiry. Health Minister Ana Petrova visited the hospital in Ljubljana.",
                "Slovenia hospital inquiry\n\nTuesday, 7 April 2026\n\nThe hospital's director, Marko Ilic, was suspended on Monday by Interior Minister "
                        + "Jan Novak. Interior Minister Jan Novak visited the hospital in Ljubljana.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> {
            assertThat(c.explanation()).startsWith("One act, two people").contains("Ana Petrova", "Jan Novak");
            assertThat(c.severity()).isEqualTo("medium");
        });
    }

    @Test
    void oneRecountOrderedByTwoCommissionsNamedAlikeIsAnAttributionConflict() {
        String national = "Recount ordered\n\nFriday, 6 March 2026\n\nThe National Electoral Commission on Thursday ordered the postal "
                + "ballots of Saltmarsh recounted after the People's Alliance complained.";
        Report report = analyze(national, "Recount confirms result\n\nTuesday, 10 March 2026\n\nThe recount of the postal ballots of "
                + "Saltmarsh was ordered on Thursday by the Orland Provincial Electoral Commission after the People's Alliance complained.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> {
            assertThat(c.explanation()).startsWith("One act, two bodies named alike")
                    .contains("National Electoral Commission", "Orland Provincial Electoral Commission");
            assertThat(c.severity()).isEqualTo("medium");
        });
        // a body named in full and by a shorter form of its name is one body
        assertThat(of(analyze(national.replace("The National Electoral Commission", "The Orland Provincial Electoral Commission"),
                "Recount confirms result\n\nTuesday, 10 March 2026\n\nThe recount of the postal ballots of Saltmarsh was ordered on "
                        + "Thursday by the Provincial Electoral Commission after the People's Alliance complained."), "attribution")).isEmpty();
    }

    @Test
    void oneSidesDeadGivenTwoWaysConflictWhetherListedBeforeTheVerbOrAfterAColon() {
        Report report = analyze(
                "Border clash toll\n\nFriday, 15 May 2026\n\nFour Chadian soldiers, three herders and two Sudanese policemen have died in the clash on the border between Chad and Sudan.",
                "After the border clash\n\nTuesday, 19 May 2026\n\nTwelve people died in the clash on the border between Chad and Sudan: two Sudanese policemen, six Chadian soldiers and herders from the villages.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("Four Chadian soldiers", "six Chadian soldiers"));
    }

    @Test
    void oneSidesOwnDeadAreAPartOfTheTollNotAnotherToll() {
        Report report = analyze(
                "Clash on the border\n\nTuesday, 12 May 2026\n\nAt least ten people were killed in a clash on the border between Chad and Sudan on Tuesday.",
                "Chad speaks\n\nWednesday, 13 May 2026\n\nChad says eight of its citizens died in the clash on the border with Sudan on Tuesday.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void aFloorOfTheLivingOutgrownInALaterArticleIsTheCountMovingOn() {
        Report report = analyze(
                "Flood in Szeged\n\nSunday, 12 March 2023\n\nThe Red Cross said more than 2,000 people had been moved to higher ground in Szeged.",
                "Szeged flood spreads\n\nTuesday, 14 March 2023\n\nThe Red Cross said 6,240 people had been displaced in Szeged.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void moreThanTwelveThousandAndTwelveThousandAgreeAndAreOneClaim() {
        Report report = analyze(
                "Flood in Szeged\n\nTuesday, 14 March 2023\n\nMore than 12,000 people were evacuated in Szeged on Monday.",
                "Szeged flood\n\nTuesday, 14 March 2023\n\nOfficials in Szeged said 12,000 residents were evacuated.");
        assertThat(of(report, "number")).isEmpty();
        ReportClaim evacuated = report.claims().stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> m.text().contains("More than 12,000"))).findFirst().orElseThrow();
        assertThat(evacuated.mentions()).extracting(ReportClaim.ClaimMention::text)
                .anyMatch(t -> t.contains("12,000 residents were evacuated"));
    }

    @Test
    void oneBreachOnMondayAndOnSaturdayIsADateConflict() {
        Report report = analyze(
                "Levee fails on the Morava\n\nTuesday, 14 March 2023\n\nA levee on the Morava gave way near Hodonín on Monday, officials said.",
                "Morava flood\n\nWednesday, 15 March 2023\n\nA levee on the Morava gave way near Hodonín on 11 March after days of rain.");
        assertThat(of(report, "date")).singleElement().satisfies(c -> {
            assertThat(c.explanation()).contains("2023-03-13", "2023-03-11");
            // each side is the date with the few words around it that say what happened then, not the whole clause
            assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                    .containsExactlyInAnyOrder("Morava gave way near Hodonín on Monday", "Morava gave way near Hodonín on 11 March after days of rain");
        });
    }

    @Test
    void aCountOfOneSidesDeadIsAPartOfTheTollTheSameArticleGivesNotAnotherToll() {
        Report report = analyze("Lake clash\n\nMonday, 18 May 2026\n\nFour Malawian marines, three fishermen and two Tanzanian soldiers "
                + "were killed in the clash on Tuesday. Divers recovered two more bodies on Saturday, taking the toll to 12.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void anActCreditedToTwoCountriesBodiesPointsAtWhoActedAndWhatTheyDid() {
        Report report = analyze("Lake vote\n\nThursday, 14 May 2026\n\nAcross the lake, Malawi's National Assembly voted 142 to nine on "
                        + "Wednesday to back the deployment of an extra battalion to the northern lakeshore.",
                "Truce accepted\n\nSunday, 17 May 2026\n\nTanzania's National Assembly voted 142 to nine on Wednesday to back the "
                        + "deployment of an extra battalion to the lakeshore.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .containsExactlyInAnyOrder("Malawi's National Assembly voted 142 to nine", "Tanzania's National Assembly voted 142 to nine"));
    }

    @Test
    void aDayWithoutAYearInAnUndatedArticleStillContradictsAnotherDay() {
        String dated = "Levee fails on the Morava\n\nTuesday, 14 March 2023\n\nA levee on the Morava gave way near Hodonín on Monday, officials said.";
        Report report = analyze(dated, "Morava flood\n\nA levee on the Morava gave way near Hodonín on 11 March after days of rain.");
        onlyDateConflictNames(report, "2023-03-13", "11 March, no year stated in an undated article");
        assertThat(of(analyze(dated, "Morava flood\n\nA levee on the Morava gave way near Hodonín on 13 March after days of rain."), "date"))
                .as("the same day, whatever the year").isEmpty();
    }

    @Test
    void aSyndicatedCopyOfAClaimIsTheSameClaim() {
        String wire = "Port strike ends\n\nThe dockers' union ended its strike at the port of Gdańsk after nine days, the union said.";
        Report report = analyze(wire, wire.replace("Port strike ends", "Gdańsk strike is over"));
        assertThat(report.claims()).anySatisfy(c -> assertThat(c.mentions()).extracting(ReportClaim.ClaimMention::file)
                .containsExactly("story0.txt", "story1.txt"));
    }

    @Test
    void theSameStockPhraseFromTwoOfficialsInTwoTownsStoriesIsNoConflict() {
        Report report = analyze(
                "Bridge collapse in Ostrava\n\nTuesday, 4 April 2023\n\nA bridge collapsed in Ostrava on Monday. "
                        + "\"We will rebuild the bridge and we will find out why it failed,\" Mayor Jana Dvorakova told reporters in Ostrava.",
                "Dam failure in Braga\n\nWednesday, 5 April 2023\n\nA dam failed near Braga on Tuesday. "
                        + "\"We will rebuild the bridge and we will find out why it failed,\" Mayor Rui Mendes told reporters in Braga.");
        assertThat(of(report, "attribution")).isEmpty();
    }

    @Test
    void twoTownsCollapsesInOneCountryTheSameWeekAreTwoStoriesNotADateConflict() {
        Report report = analyze(
                "Peru bridge collapse\n\nTuesday, 4 April 2023\n\nA bridge near the town of Huaral in Peru gave way on Monday.",
                "Peru bridge collapse\n\nSaturday, 8 April 2023\n\nA bridge near the town of Chancay in Peru gave way on Friday.");
        assertThat(of(report, "date")).isEmpty();
    }

    @Test
    void oneDeploymentCreditedToTwoCountriesParliamentsByOutletsInTwoCapitalsIsAnAttributionConflict() {
        Report report = analyze(
                "Cairo weighs a deployment\n\nTuesday, 14 July 2020\n\nEgypt's parliament on Monday approved the deployment of "
                        + "Egyptian troops outside the country to fight militias in Libya, the speaker's office said.",
                "Tobruk assembly backs an intervention\n\nWednesday, 15 July 2020\n\nLibya's House of Representatives, based in Tobruk, "
                        + "approved the deployment of Egyptian troops to fight militias in Libya, the assembly said on Monday.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("Two parliaments"));
    }

    @Test
    void twoParliamentsDeclaringEmergenciesInTheirOwnTownsTheSameWeekAreNoConflict() {
        Report report = analyze(
                "Floods in Peru\n\nTuesday, 4 April 2023\n\nPeru's parliament declared a state of emergency in Huaral on Monday.",
                "Floods in Ecuador\n\nWednesday, 5 April 2023\n\nEcuador's parliament declared a state of emergency in Machala on Tuesday.");
        assertThat(of(report, "attribution")).isEmpty();
    }

    @Test
    void twoParliamentsEachDeclaringAnEmergencyInItsOwnCountrysStoryTheSameWeekAreNoConflictEvenNamingNoPlace() {
        Report report = analyze(
                "Levee breaks in Nepal\n\nTuesday, 4 April 2023\n\nA levee gave way near Biratnagar in Nepal. Nepal's parliament "
                        + "declared a state of emergency.",
                "Mine floods in Peru\n\nWednesday, 5 April 2023\n\nA mine shaft flooded near Huaral in Peru. Peru's parliament "
                        + "declared a state of emergency.");
        assertThat(of(report, "attribution")).isEmpty();
    }

    @Test
    void theSentenceProsecutorsSoughtIsNoConflictWithTheSentencePassedButAWrongSentenceIs() {
        Report report = analyze(
                "Verdict in Pitesti\n\nTuesday, 3 June 2025\n\nA court in Pitesti sentenced Ovidiu Dragan to seven years in prison on Tuesday. "
                        + "Prosecutors had sought a nine-year sentence.",
                "Dragan jailed\n\nWednesday, 4 June 2025\n\nA court in Pitesti jailed Ovidiu Dragan for seven years on Tuesday.");
        assertThat(of(report, "number")).isEmpty();
        Report wrong = analyze(
                "Verdict in Pitesti\n\nTuesday, 3 June 2025\n\nA court in Pitesti sentenced Ovidiu Dragan to seven years in prison on Tuesday.",
                "Dragan jailed\n\nWednesday, 4 June 2025\n\nA court in Pitesti sentenced Ovidiu Dragan to nine years in prison on Tuesday.");
        assertThat(of(wrong, "number")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("seven years", "nine years"));
    }

    @Test
    void aShortSentenceQuotedWordForWordInTwoMouthsIsOneQuotationTwoSpeakers() {
        Report report = analyze("""
                Fire near Silves

                "This landscape was built to burn," ecologist Marta Sim told the Report on Monday.

                Later that day, "This landscape was built to burn," commander Jo Reis told the Report.
                """);
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("One quotation, two speakers"));
    }

    @Test
    void aQuotationInAStorySetInPortugalAndTheSameInOneDatelinedInLisbonIsOneQuotationTwoSpeakers() {
        Report report = analyze(
                "Fires in Portugal\n\nWednesday, 13 August 2025\n\nWildfires burned across Portugal on Tuesday. "
                        + "\"We have lost houses, but we have not lost a single village,\" Mayor Ana Rita Tavares told reporters.",
                "LISBON, 15 August 2025 - The fire was under control on Thursday. "
                        + "\"We have lost houses, but we have not lost a single village,\" commander Joaquim Reis said on Thursday.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("One quotation, two speakers"));
    }
    @Test
    void oneQuotationInThreeMouthsIsOneConflictWithThreeSides() {
        String quote = "\"Nobody told us the water could make us ill,\" ";
        Report report = analyze(
                "Outbreak in Ostra\n\nThursday, 4 September 2025\n\nCases rose in Ostra on Wednesday. " + quote + "Eleni Vrana told reporters.",
                "Ostra outbreak grows\n\nFriday, 5 September 2025\n\nCases rose again in Ostra on Thursday. " + quote + "Katia Doulou said.",
                "Ostra inquiry\n\nSaturday, 6 September 2025\n\nOstra's council met on Friday. " + quote + "Mayor Petra Alexiou said.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> {
            assertThat(c.explanation()).contains("One quotation, 3 speakers", "Eleni Vrana", "Katia Doulou", "Petra Alexiou");
            assertThat(c.mentions()).hasSize(3);
        });
    }
    @Test
    void aRecountCompletedOnFridayAndStillUnderWayOnFridayIsAnOtherConflict() {
        Report report = analyze(
                "Ostra count ends\n\nSaturday, 15 March 2025\n\nThe Ostra recount was completed on Friday evening, the commission said.",
                "Ostra waits\n\nSunday, 16 March 2025\n\nOn Friday the Ostra recount was still under way, officials said.");
        assertThat(of(report, "other")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("recount", "2025-03-14"));
    }

    @Test
    void twoTurnoutsOfOneBallotConflictButARiseAskedForIsNotTheRiseOffered() {
        Report report = analyze(
                "Rail strike in Braga\n\nTuesday, 6 May 2025\n\nRail workers in Braga backed a strike, on a turnout of 71%, the union said. "
                        + "The union is seeking a 7.5% rise.",
                "Rail ballot in Braga\n\nWednesday, 7 May 2025\n\nIn Braga, 84% of members voted for a strike, on a turnout of 64%. "
                        + "The operator's offer of a 3.5% rise was rejected.");
        List<ReportConflict> numbers = of(report, "number");
        assertThat(numbers).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("71%")).anyMatch(t -> t.contains("64%")));
    }

    @Test
    void aCandidateGivenTwoAgesAndTwoOfficesIsShownBoth() {
        Report report = analyze(
                "Run-off in Lienz\n\nMonday, 10 March 2025\n\nThe winner, Anton Gruber, a 47-year-old hotelier, thanked voters. "
                        + "His rival, Deputy Mayor Eva Lindner, conceded.",
                "Lienz result\n\nTuesday, 11 March 2025\n\nAnton Gruber, 49, said he would take office in April. "
                        + "Eva Lindner, the chairwoman of the city council, asked for a recount.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("Anton Gruber", "47", "49"));
        assertThat(of(report, "other")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("Eva Lindner", "deputy mayor",
                "chairwoman"));
    }

    @Test
    void twoCountsOfOneEveningConflictButTheNextDaysRiseIsAnUpdate() {
        Report report = analyze(
                "Outbreak in Larissa spreads\n\nSaturday, 6 September 2025\n\nIn Larissa, the number of confirmed cases rose to 31 by Friday evening, "
                        + "the health authority said.",
                "Outbreak in Larissa grows\n\nSunday, 7 September 2025\n\nIn Larissa, the number of confirmed cases rose to 34 on Saturday, "
                        + "from 29 on Friday evening, the health authority said.");
        List<ReportConflict> numbers = of(report, "number");
        assertThat(numbers).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("31")).anyMatch(t -> t.contains("29")).noneMatch(t -> t.contains("34")));
    }

    @Test
    void anUndatedWeeklysTurnoutMeetsTheDatedWires() {
        Report report = analyze(
                "Rail strike in Braga\n\nTuesday, 6 May 2025\n\nRail workers in Braga backed a strike, on a turnout of 71%, the union said.",
                "Rail ballot in Braga reviewed\n\nIn Braga, 84% of members voted for a strike, on a turnout of 64%.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("71%")).anyMatch(t -> t.contains("64%")));
    }

    @Test
    void twoFinesOfOneCompanyAreShownWithWhoFinedWhom() {
        Report report = analyze(
                "Chemical spill in Slovakia\n\nFriday, 5 September 2025\n\nIn Slovakia, the environment ministry fined the chemicals maker Laborchem €1.2 million on Friday.",
                "Slovakia fines Laborchem over spill\n\nSaturday, 6 September 2025\n\nIn Slovakia, the ministry fined the company €2.1 million on Friday.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.endsWith("fined the chemicals maker Laborchem €1.2 million"))
                .anyMatch(t -> t.endsWith("fined the company €2.1 million")));
    }

    @Test
    void aTollReadAgainOnLaterDaysMovesOnButTwoCountsOfOneDayConflict() {
        Report report = analyze(
                "Ferry capsizes off the island of Varnos\n\nThursday, 2 October 2025\n\nThe ferry capsized off the island of Varnos on "
                        + "Tuesday. The coastguard put the death toll at 12 on Thursday.",
                "Varnos ferry operator under scrutiny\n\nSaturday, 4 October 2025\n\nThe ferry capsized off the island of Varnos on Tuesday. "
                        + "By Friday the confirmed death toll stood at 16. On Saturday morning divers recovered another body from the vehicle "
                        + "deck, bringing the toll to 17.");
        assertThat(of(report, "date")).isEmpty();
        assertThat(of(report, "number")).isEmpty();

        Report sameDay = analyze(
                "Ferry sinks off Varnos\n\nSaturday, 4 October 2025\n\nOff Varnos, ten people were still missing on Friday, the coastguard said.",
                "Varnos search goes on\n\nSaturday, 4 October 2025\n\nOff Varnos, seven people were still missing on Friday, the coastguard said.");
        assertThat(of(sameDay, "number")).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("ten people")).anyMatch(t -> t.contains("seven people")));
    }

    @Test
    void aRunningTotalOfDeadFishThatGrowsIsNoConflict() {
        Report report = analyze(
                "Fish die-off on the Ostrava river\n\nThursday, 4 September 2025\n\nOn the Ostrava river, volunteers had collected "
                        + "more than 9 tonnes of dead fish by Wednesday night.",
                "Ostrava river clean-up\n\nFriday, 5 September 2025\n\nAbout 12 tonnes of dead fish have been removed from the Ostrava river so far.",
                "Ostrava river clean-up ends\n\nMonday, 8 September 2025\n\nBy Sunday evening, crews on the Ostrava river had collected "
                        + "27 tonnes of dead fish.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void aNewspaperThatReportedAQuotationIsNotASecondSpeaker() {
        Report report = analyze(
                "Steel duties in Chile\n\nMonday, 9 June 2025\n\nIn Santiago, Economy Minister Rosario Tellez said \"We will not let our mills "
                        + "become the dumping ground for cheap steel.\"",
                "Chile steel row\n\nTuesday, 10 June 2025\n\nIn Santiago, \"We will not let our mills become the dumping ground for cheap steel,\" "
                        + "the Pacific Ledger reported.");
        assertThat(of(report, "attribution")).isEmpty();
    }

    @Test
    void anOlderBlastAtTheSameMineIsNotTheTollOfThisOne() {
        Report report = analyze(
                "Blast at Dolna mine\n\nTuesday, 8 October 2024\n\nIn Dolna, a methane blast killed nine miners on Monday. "
                        + "According to the union, the 2019 explosion at the same mine, which killed four men, ended without charges.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void aCountDatedByTheAttackIsNotTheAttacksOtherNews() {
        Report report = analyze(
                "Hospitals in Veldam after the attack\n\nMonday, 13 October 2025\n\nIn Veldam, on Sunday 5 October, the first day of the attack, "
                        + "61 emergency patients were diverted to other hospitals. Patient data stolen in the attack was published by the "
                        + "hackers last Thursday.");
        assertThat(of(report, "date")).isEmpty();
    }

    @Test
    void aWordOpeningAQuotationIsNoMisspeltName() {
        Report report = analyze(
                "Wine tariffs bite in Shanghai\n\nThursday, 12 June 2025\n\nA Shanghai distributor, Kesong Fine Wines, said it had stopped "
                        + "orders. \"Wine is the easiest thing to tax,\" an analyst said. Kesong Fine Wines expects prices to rise.");
        assertThat(of(report, "name")).isEmpty();
    }

    @Test
    void aLawPassedByParliamentInOneStoryIsTheLawTheCountrysParliamentApproved() {
        Report report = analyze(
                "Port law passes in Koper\n\nWednesday, 12 March 2025\n\nSlovenia's parliament on Wednesday approved a law granting a "
                        + "consortium a 30-year concession to run the container terminal in Koper.",
                "Koper port deal questioned\n\nTuesday, 18 March 2025\n\nIn Koper, Slovenia's only cargo port, dock workers have protested "
                        + "every day since parliament passed the law last Thursday.");
        onlyDateConflictNames(report, "Wednesday", "last Thursday");
    }

    @Test
    void aLongQuotationWordForWordInTwoMouthsIsOneQuotationWhereverEachStoryIsSetAndHeIsNotANameInsideIt() {
        Report report = analyze(
                "Athens: ferry operator defends record\n\nThursday, 2 October 2025\n\nATHENS - \"The Aura Star held every certificate "
                        + "required by law and passed its last inspection in May,\" said Nikos Petrou, a lawyer for the company.",
                "Izmir crews join Piraeus search\n\nFriday, 3 October 2025\n\nIZMIR - Lambros Vrettos, the company's chief executive, "
                        + "defended the vessel in Piraeus. \"The Aura Star held every certificate required by law and passed its last "
                        + "inspection in May,\" he said.");
        assertThat(of(report, "attribution")).singleElement()
                .satisfies(c -> assertThat(c.explanation()).contains("One quotation, two speakers", "Nikos Petrou", "Lambros Vrettos"));
    }

    @Test
    void aWholeSentenceQuotedWordForWordInTwoMouthsIsOneQuotationWhereverEachStoryIsSetEvenNamingNothing() {
        Report report = analyze(
                "Search goes on off the Greek island of Kelados\n\nTuesday, 30 September 2025\n\nDivers searched the waters off the "
                        + "island of Kelados on Tuesday. \"We will not stop searching until every name on the manifest has been accounted "
                        + "for,\" coastguard spokeswoman Irini Varga told reporters in Kelados.",
                "Survivors reach Piraeus\n\nThursday, 2 October 2025\n\nSurvivors of the sinking arrived in Piraeus on Thursday. "
                        + "Minister Andreas Lykos greeted them in Piraeus. He had told reporters: \"We will not stop searching until every "
                        + "name on the manifest has been accounted for.\"");
        assertThat(of(report, "attribution")).singleElement()
                .satisfies(c -> assertThat(c.explanation()).contains("One quotation, two speakers", "Irini Varga", "Andreas Lykos"));
    }

    @Test
    void aQuotationCreditedToADescriptionAndToANameMayBeOnePerson() {
        Report report = analyze(
                "Wine exporters fear tariff in Valparaiso\n\nThursday, 12 June 2025\n\nIn Valparaiso, \"Ten years of building a market "
                        + "can be undone in a single season,\" said the association's general manager.",
                "Chile wine tariff bites in Santiago\n\nFriday, 13 June 2025\n\nIn Santiago, \"Ten years of building a market can be "
                        + "undone in a single season,\" said Paulina Rojas.");
        assertThat(of(report, "attribution")).isEmpty();
    }

    @Test
    void oneActCreditedToTwoMinistriesOfOneCountryIsAnAttributionConflictButTheGovernmentActingIsNot() {
        String economy = "Peru sets steel duties\n\nMonday, 9 June 2025\n\nIn Lima, Peru's Economy Ministry on Thursday announced provisional "
                + "duties of 24.5% on hot-rolled steel coil and 18.2% on steel wire rod.";
        Report report = analyze(economy, "Peru steel row\n\nTuesday, 10 June 2025\n\nIn Lima, Peru's Finance Ministry imposed definitive "
                + "duties on hot-rolled coil and wire rod, at rates of 24.5% and 18.2%.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> {
            assertThat(c.explanation()).contains("two bodies of one country", "Ministry of Economy", "Ministry of Finance");
            assertThat(c.severity()).isEqualTo("medium");
        });
        Report government = analyze(economy, "Peru steel row\n\nTuesday, 10 June 2025\n\nIn Lima, Peru's government imposed definitive "
                + "duties on hot-rolled coil and wire rod, at rates of 24.5% and 18.2%.");
        assertThat(of(government, "attribution")).isEmpty();
    }

    @Test
    void aCaptainDetainedOnTuesdayAndArrestedOnWednesdayIsADateConflict() {
        Report report = analyze(
                "Ferry sinks off Varnos\n\nTuesday, 30 September 2025\n\nOff the island of Varnos, the captain, Stelios Mavros, was "
                        + "detained on Tuesday.",
                "Varnos ferry captain released\n\nThursday, 2 October 2025\n\nOn the island of Varnos, Stelios Mavros, 58, who was "
                        + "arrested yesterday, told investigators that two waves struck the ship.");
        onlyDateConflictNames(report, "on Tuesday", "yesterday");
    }

    @Test
    void towersTakenOutOfServiceOnTuesdayAndShutDownOnWednesdayIsADateConflict() {
        Report report = analyze(
                "Outbreak in Patras\n\nThursday, 4 September 2025\n\nPATRAS, Greece - The brewer Halvik Breweries shut down the three "
                        + "cooling towers at its plant on Wednesday.",
                "Patras outbreak traced\n\nSunday, 7 September 2025\n\nPATRAS, Greece - Halvik Breweries took its three towers out of "
                        + "service last Tuesday.");
        onlyDateConflictNames(report, "on Wednesday", "last Tuesday");
    }

    @Test
    void oneSumOfMoneyToTheUnitInOneStoryIsOneClaimHoweverItIsTold() {
        Report report = analyze(
                "Port deal in Koper\n\nWednesday, 12 March 2025\n\nIn Koper, Adria Terminals will pay €412 million for the concession.",
                "Concession signed in Koper\n\nThursday, 13 March 2025\n\nIn Koper, the consortium pays 412 million euros upfront under the deal.");
        assertThat(report.claims()).filteredOn(c -> c.mentions().size() == 2)
                .anySatisfy(c -> assertThat(c.mentions()).extracting(ReportClaim.ClaimMention::text)
                        .anyMatch(t -> t.contains("€412 million")).anyMatch(t -> t.contains("412 million euros")));
    }

    @Test
    void aLaterCountThatSaysSixNotFiveCorrectsTheFirstReportInsteadOfContradictingIt() {
        String first = "Paintings stolen in Velmora\n\nMonday, 10 March 2025\n\nVELMORA, Portugal - Thieves took five paintings from the "
                + "National Museum of Velmora early on Monday.";
        Report corrected = analyze(first, "Sixth painting missing in Velmora\n\nWednesday, 12 March 2025\n\nVELMORA, Portugal - Thieves "
                + "who raided the National Museum of Velmora on Monday took six paintings, not five, the museum said.");
        assertThat(of(corrected, "number")).isEmpty();
        Report contradicted = analyze(first, "Sixth painting missing in Velmora\n\nWednesday, 12 March 2025\n\nVELMORA, Portugal - "
                + "Thieves who raided the National Museum of Velmora on Monday took six paintings, the museum said.");
        assertThat(of(contradicted, "number")).hasSize(1);
    }

    @Test
    void aQuotationInTheMinistersMouthAndInThePrimeMinistersAssuranceIsOneQuotationTwoSpeakers() {
        Report report = analyze("Port deal passes in Split\n\nFriday, 7 March 2025\n\nIn Split, \"The deal secures 1,100 jobs and the "
                + "biggest investment the port has seen,\" Maritime Minister Goran Vidić told the chamber. Opposition deputies mocked "
                + "Prime Minister Lovro Anić's assurance that the deal \"secures 1,100 jobs and the biggest investment the port has "
                + "seen\".");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> assertThat(c.explanation()).contains("Goran Vidić", "Lovro Anić"));
    }

    @Test
    void aSumInWhatAChiefExecutiveSaidIsOneClaimWithTheSameSumToldAlone() {
        Report report = analyze(
                "Rail strike ends in Porto\n\nMonday, 19 May 2025\n\nIn Porto, chief executive Rui Barroso said the settlement would "
                        + "add about EUR 38 million to the operator's wage bill this year, once the new rosters are agreed.",
                "Rail deal agreed in Porto\n\nMonday, 19 May 2025\n\nThe deal will add about 38 million euros to the operator's wage "
                        + "bill this year.");
        assertThat(report.claims()).filteredOn(c -> c.mentions().size() == 2)
                .anySatisfy(c -> assertThat(c.mentions()).extracting(ReportClaim.ClaimMention::text)
                        .anyMatch(t -> t.contains("EUR 38 million")).anyMatch(t -> t.contains("38 million euros")));
    }

    @Test
    void aRecountWhichBeganOnThursdayAndOneThatBeganOnWednesdayIsADateConflict() {
        Report report = analyze(
                "Recount ends in Lienz\n\nSaturday, 15 March 2025\n\nIn Lienz, the recount, which began on Thursday morning in the sports "
                        + "hall, was completed on Friday evening.",
                "Recount in Lienz drags on\n\nSunday, 16 March 2025\n\nThe folding tables in the Lienz sports hall have been covered in "
                        + "ballot papers since the recount began on Wednesday.");
        onlyDateConflictNames(report, "Thursday", "Wednesday");
    }

    @Test
    void oneCountWrittenWithItsDigitsInAnotherOrderIsANumberConflictHoweverEachSentenceRuns() {
        Report report = analyze(
                "Postal vote challenged in Weyer\n\nMonday, 10 March 2025\n\nIn Weyer, at the centre of the complaint are 347 postal "
                        + "ballots handed in as one bundle at the care home.",
                "Election in Weyer under review\n\nTuesday, 11 March 2025\n\nIn Weyer, the challenge turns on 374 postal ballots from "
                        + "the care home.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("are 347 postal ballots")).anyMatch(t -> t.contains("on 374 postal ballots")));
    }

    @Test
    void twoPartiesSharesWrittenWithTheSameDigitsAreTwoResultsNotASlip() {
        Report report = analyze(
                "Votes counted in Weyer\n\nMonday, 10 March 2025\n\nIn Weyer, the Greens won 34% of the vote on Sunday.",
                "Result declared in Weyer\n\nMonday, 10 March 2025\n\nIn Weyer, the Liberals won 43% of the vote on Sunday.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void twoCountsOfDifferentThingsWithTheSameDigitsAreNoConflict() {
        Report report = analyze(
                "Postal vote challenged in Weyer\n\nMonday, 10 March 2025\n\nIn Weyer, 347 postal ballots were handed in at the care home.",
                "Election in Weyer under review\n\nTuesday, 11 March 2025\n\nIn Weyer, 374 voters signed the complaint.");
        assertThat(of(report, "number")).isEmpty();
    }

    @Test
    void aFineWrittenWithItsDigitsTransposedIsANumberConflictHoweverTheFinedFirmIsNamed() {
        Report report = analyze(
                "Ferry toll rises in Kelados\n\nWednesday, 1 October 2025\n\nIn Kelados, the ferry sank on Tuesday. The company was "
                        + "fined 48,000 euros in 2023 after inspectors found expired life rafts.",
                "Ferry operator under scrutiny in Kelados\n\nSunday, 5 October 2025\n\nIn Kelados, investigators examined the records. "
                        + "Kyanos Ferries was fined 84,000 euros in 2023 after inspectors found expired life rafts.");
        assertThat(of(report, "number")).anySatisfy(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("48,000 euros")).anyMatch(t -> t.contains("84,000 euros")));
    }

    @Test
    void twoTonnagesOfOneGoodsInOneYearAreANumberConflictAndATonnageOfAnotherIsNot() {
        Report report = analyze(
                "Chile raises steel duties\n\nMonday, 9 June 2025\n\nChile imported about 1.1 million tonnes of Chinese steel in 2024, "
                        + "officials said.",
                "Chile files trade complaint\n\nWednesday, 11 June 2025\n\nChinese mills shipped around 850,000 tonnes of steel to Chile "
                        + "last year.",
                "Copper exports hold up\n\nThursday, 12 June 2025\n\nChile sold about 2.4 million tonnes of copper to China in 2024.");
        assertThat(of(report, "number")).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("1.1 million tonnes")).anyMatch(t -> t.contains("850,000 tonnes"))
                .noneMatch(t -> t.contains("copper")));
    }

    @Test
    void aShortQuotationInTwoMouthsIsOneQuotationWhenAnArticleNamesBothSpeakers() {
        Report report = analyze(
                "Spill fine announced\n\nFriday, 5 September 2025\n\nThe plant was fined on Friday, Environment Minister Juraj Benda told "
                        + "reporters in Dravice. \"These are the worst readings in twenty years,\" he said. \"Whoever is responsible will pay "
                        + "for every last fish.\"",
                "River clean-up goes on\n\nTuesday, 9 September 2025\n\nLawmakers will question Environment Minister Juraj Benda next "
                        + "week. \"Whoever is responsible will pay for every last fish,\" State Secretary Zora Mikova said in Loznice.");
        assertThat(of(report, "attribution")).singleElement().satisfies(c -> {
            assertThat(c.explanation()).contains("Juraj Benda", "Zora Mikova");
            assertThat(c.mentions()).extracting(ReportConflict.Side::text).allMatch(t -> t.contains("every last fish"));
        });
    }

    @Test
    void aShortQuotationInTwoMouthsInTwoTownsIsNoConflictWhenNoArticleNamesBoth() {
        Report report = analyze(
                "Bridge reopens\n\nFriday, 5 September 2025\n\n\"We will rebuild it and find out why,\" Mayor Ana Kral said in Dravice.",
                "Levee repaired\n\nTuesday, 9 September 2025\n\n\"We will rebuild it and find out why,\" Mayor Ivo Sandor said in Loznice.");
        assertThat(of(report, "attribution")).isEmpty();
    }

    @Test
    void anArticleThatSaysWhereOnlyByANationalityIsSetInThatCountry() {
        Report report = analyze(
                "Patient records published after hospital hack\n\nFriday, 10 October 2025\n\nCriminals behind the attack on a hospital "
                        + "network in western Belgium have published patient data. Since the attack was discovered on Sunday, the network "
                        + "has been running on paper.",
                "MPs demand answers over hospital hack\n\nWednesday, 15 October 2025\n\nOpposition MPs want to know why a Belgian "
                        + "hospital network ran a device with a known flaw. The attack, discovered on Saturday 4 October, encrypted servers "
                        + "across the network.");
        assertThat(of(report, "date")).singleElement().satisfies(c -> assertThat(c.mentions()).extracting(ReportConflict.Side::text)
                .anyMatch(t -> t.contains("discovered on Sunday")).anyMatch(t -> t.contains("discovered on Saturday 4 October")));
    }
}
