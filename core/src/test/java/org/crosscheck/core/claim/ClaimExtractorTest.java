package org.crosscheck.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static final LocalDate TUESDAY_14_JULY_2020 = LocalDate.of(2020, 7, 14);

    private final ClaimExtractor extractor = new ClaimExtractor(ActorResolver.NONE);

    /** Sentences at each ". " (the tests' texts have no abbreviations). */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                out.add(new Sentence(out.size(), new Span(start, i + 1)));
                start = i + 2;
            }
        }
        return out;
    }

    private List<ClaimMention> claims(String text, LocalDate reference) {
        return extractor.extract(text, sentences(text), reference);
    }

    /** The one claim of a sentence, besides the figures it also claims on their own (tested below). */
    private ClaimMention only(String text, LocalDate reference) {
        List<ClaimMention> found = claims(text, reference).stream().filter(m -> !m.isFigureOf()).toList();
        assertThat(found).as("claims in %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aParliamentAuthorisingTheArmyIsAnEventWithActorActionAndObject() {
        String text = "The parliament authorised the army to intervene.";
        ClaimMention claim = only(text, null);
        assertThat(claim.kind()).isEqualTo(ClaimKind.EVENT);
        assertThat(claim.actorMention().map(s -> s.of(text))).contains("The parliament");
        assertThat(claim.action()).isEqualTo("authorise");
        assertThat(claim.object()).isEqualTo("the army to intervene");
        assertThat(claim.proposition()).isEqualTo("parliament | authorise | army intervene");
        assertThat(claim.text(text)).isEqualTo("The parliament authorised the army to intervene");
    }

    @Test
    void aPersonWhoWasArrestedIsWhoTheArrestWasDoneTo() {
        String text = "Stelios Mavros, 58, who was arrested yesterday, told investigators that two waves struck the ship.";
        ClaimMention arrest = claims(text, null).stream().filter(m -> m.action().equals("arrest")).findFirst().orElseThrow();
        assertThat(arrest.text(text)).isEqualTo("Stelios Mavros, 58, who was arrested yesterday");
        assertThat(arrest.actorMention()).isEmpty();
    }

    @Test
    void aThingAndWhereItIsIsWhatHappenedToItHoweverLongTheSubject() {
        String text = "A storage tank at the Veltrava fertiliser plant in Dolna Breza ruptured early on Tuesday.";
        ClaimMention breach = only(text, TUESDAY_14_JULY_2020.plusDays(2));
        assertThat(breach.action()).isEqualTo("rupture");
        assertThat(breach.actorMention().map(s -> s.of(text))).contains("A storage tank");
        assertThat(breach.proposition()).isEqualTo("storage tank | rupture | ");
        assertThat(breach.normalisedDate().flatMap(d -> d.value()).map(d -> d.iso())).contains("2020-07-14");
    }

    @Test
    void aThingWithWhatWasDoneToItAndWhenBetweenCommasIsADatedClaimOfItsOwn() {
        String text = "The attack, discovered on Saturday 4 October, encrypted servers across the network.";
        ClaimMention discovery = claims(text, LocalDate.of(2025, 10, 15)).stream().filter(m -> m.kind() == ClaimKind.DATE).findFirst().orElseThrow();
        assertThat(discovery.text(text)).isEqualTo("The attack, discovered on Saturday 4 October");
        assertThat(discovery.proposition()).isEqualTo(" | date | attack discovered");
        assertThat(discovery.normalisedDate().flatMap(d -> d.value()).map(d -> d.iso())).contains("2025-10-04");
        // what the hospital said is not the thing it is about
        String said = "The hospital said the attack, discovered on Saturday 4 October, was contained.";
        assertThat(claims(said, LocalDate.of(2025, 10, 15))).filteredOn(m -> m.kind() == ClaimKind.DATE)
                .extracting(m -> m.text(said)).containsExactly("the attack, discovered on Saturday 4 October");
    }

    @Test
    void anAsideAfterTheSubjectSaysWhatTheSubjectIsAndItsYearIsNotTheActs() {
        String built = "The earth dam, built in 2011 to irrigate flower farms, held about 3.5 million cubic metres of water.";
        ClaimMention held = only(built, LocalDate.of(2026, 4, 12));
        assertThat(held.action()).isEqualTo("hold");
        assertThat(held.actorMention().map(s -> s.of(built))).contains("The earth dam");
        assertThat(held.normalisedDate()).isEmpty();
        // what the subject was doing at the time dates the act
        String meeting = "The council, meeting in Vienna on Thursday, called on both sides to talk.";
        ClaimMention call = claims(meeting, LocalDate.of(2026, 5, 15)).stream().filter(m -> m.action().equals("call on")).findFirst().orElseThrow();
        assertThat(call.actorMention().map(s -> s.of(meeting))).contains("The council");
        assertThat(call.normalisedDate().flatMap(d -> d.value()).map(d -> d.iso())).contains("2026-05-14");
    }

    @Test
    void eachSidesCountInAListOfTheDeadIsAClaimOfItsOwn() {
        String text = "Four Chadian soldiers, three herders and two Sudanese policemen have died.";
        assertThat(claims(text, null)).filteredOn(m -> m.kind() == ClaimKind.QUANTITY)
                .extracting(m -> m.text(text) + " = " + m.figure().map(q -> q.stated()).orElse(null))
                .contains("Four Chadian soldiers = 4.0")
                .anySatisfy(t -> assertThat(t).endsWith("= 2.0"))
                .noneSatisfy(t -> assertThat(t).isEqualTo("three herders = 3.0"));
    }

    @Test
    void whoActedInAPassiveIsTheByPhraseEvenAfterWhenItHappenedOrWithoutWas() {
        String late = "An inquiry into the sinking was ordered on Tuesday by the Piraeus prosecutor's office.";
        ClaimMention ordered = only(late, LocalDate.of(2025, 10, 2));
        assertThat(ordered.actorMention().map(s -> s.of(late))).contains("the Piraeus prosecutor's office");
        String reduced = "An inquiry ordered by the maritime ministry is examining the crew's hours.";
        assertThat(claims(reduced, null)).filteredOn(m -> m.action().equals("order")).singleElement()
                .satisfies(m -> assertThat(m.actorMention().map(s -> s.of(reduced))).contains("the maritime ministry"));
        // "by" that measures names nobody
        String tally = "The decision was taken by five votes to four.";
        assertThat(only(tally, null).actorMention()).isEmpty();
    }

    @Test
    void aFigureInAClauseOfWhatFollowedIsACountOfItsOwn() {
        String text = "The utility shut its intakes on Wednesday evening, leaving about 14,000 residents dependent on bottled water.";
        assertThat(claims(text, null)).filteredOn(m -> m.figure().isPresent())
                .anySatisfy(m -> assertThat(m.text(text)).startsWith("leaving about 14,000 residents"));
    }

    @Test
    void aSubjectTooLongToBeOneActorNamesNone() {
        String text = "The chairman of the board of the largest shipping company of the region resigned.";
        assertThat(only(text, null).actorMention()).isEmpty();
    }

    @Test
    void aClaimEndingOnAPercentageKeepsItsSign() {
        String text = "The ministry imposed duties at rates of 24.5% and 18.2%.";
        assertThat(only(text, null).text(text)).isEqualTo("The ministry imposed duties at rates of 24.5% and 18.2%");
    }

    @Test
    void whatWasSaidOnADayHappensOnItsOwnDay() {
        LocalDate thursday = LocalDate.of(2025, 6, 12);
        String meeting = "The ministry said on Wednesday that the minister would meet his counterpart in Wellington on June 23.";
        assertThat(claims(meeting, thursday)).extracting(c -> c.date() == null ? null : c.date().value().map(d -> d.iso()).orElse(null)).contains("2025-06-23")
                .doesNotContain("2025-06-11");
        String undated = "The ministry said on Wednesday that the minister would meet his counterpart in Wellington.";
        assertThat(claims(undated, thursday)).allSatisfy(c -> assertThat(c.date()).isNull());
        // the saying itself keeps its day
        String announced = "The ministry announced on Wednesday a ban on exports of scrap steel.";
        assertThat(claims(announced, thursday)).extracting(c -> c.date() == null ? null : c.date().value().map(d -> d.iso()).orElse(null)).contains("2025-06-11");
    }

    @Test
    void whatAnOutletReportedOnADayHappensOnItsOwnDay() {
        LocalDate thursday = LocalDate.of(2026, 4, 16);
        String text = "The Coast Gazette reported on Tuesday that the reservoir had been inspected in November 2024.";
        ClaimMention inspection = claims(text, thursday).stream().filter(c -> c.action().equals("inspect")).findFirst().orElseThrow();
        assertThat(inspection.date().value().map(d -> d.iso())).contains("2024-11");
    }

    @Test
    void aPassiveJoinedByAndIsDoneToTheSubjectItShares() {
        String text = "The regulator said the reservoir had held a valid permit and had last been inspected in November 2024.";
        ClaimMention inspection = claims(text, null).stream().filter(c -> c.action().equals("inspect")).findFirst().orElseThrow();
        assertThat(inspection.actorMention()).isEmpty();
        assertThat(inspection.object()).isEqualTo("the reservoir");
        assertThat(inspection.date().value().map(d -> d.iso())).contains("2024-11");
    }

    @Test
    void theLastInspectionOfADamInAMonthIsAnInspectionDatedThatMonth() {
        String text = "The register lists the last inspection of the Karoo reservoir in November 2022.";
        assertThat(claims(text, null)).anySatisfy(c -> {
            assertThat(c.action()).isEqualTo("inspection");
            assertThat(c.object()).isEqualTo("the Karoo reservoir");
            assertThat(c.date().value().map(d -> d.iso())).contains("2022-11");
        });
    }

    @Test
    void votesCountedAreVotesNotVoting() {
        String text = "Kerrigan received 447,918 votes to 446,634 for Stroud, and about 3,400 postal votes are to be examined.";
        assertThat(claims(text, null)).extracting(ClaimMention::action).doesNotContain("vote");
    }

    @Test
    void howFarTheCountHadGoneIsNotWhatTheClauseCounts() {
        String text = "Preliminary results, with 94 percent of polling stations reporting, had put her 2,454 ballots ahead.";
        assertThat(claims(text, null)).anySatisfy(c -> {
            assertThat(c.quantity().stated()).isEqualTo(2454);
            assertThat(c.text(text)).contains("with 94 percent of polling stations reporting");
        });
    }

    @Test
    void aDatelineIsWhereTheStoryWasFiledNotWhoActed() {
        String text = "ATHENS - At least seven people died when the ferry capsized.";
        ClaimMention claim = claims(text, null).get(0);
        assertThat(claim.text(text)).startsWith("At least seven people died");
        assertThat(claim.actorMention().map(m -> m.of(text))).contains("At least seven people");
        // the hyphen inside a word joins it
        assertThat(only("The plant cut 420 jobs at its hot-rolled coil line.", null).text("The plant cut 420 jobs at its hot-rolled coil line."))
                .contains("hot-rolled coil");
    }

    @Test
    void aFigureInsideALongClaimIsAlsoAClaimWithTheWordsThatSayWhatItIs() {
        String text = "A court on Tuesday sentenced Ovidiu Crainic, the former president of the county council, to seven years in prison.";
        List<ClaimMention> figures = claims(text, null).stream().filter(ClaimMention::isFigureOf).toList();
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.text(text)).isEqualTo("to seven years in prison");
            assertThat(f.kind()).isEqualTo(ClaimKind.QUANTITY);
            assertThat(f.figure()).map(q -> q.stated()).contains(7.0);
        });
        assertThat(claims("Crainic was sentenced to seven years.", null)).as("a figure that is most of its claim")
                .noneMatch(ClaimMention::isFigureOf);
        assertThat(claims("More than 12,000 people were evacuated from villages along the river on Monday night.", null))
                .as("a figure the claim is about, before its verb").noneMatch(ClaimMention::isFigureOf);
    }

    @Test
    void aPostAndANounAfterItsModifiersAreNoActs() {
        assertThat(claims("Ana Nedel, the former head of the roads department, received a three-year suspended sentence.", null))
                .extracting(ClaimMention::action).doesNotContain("head", "sentence");
        assertThat(claims("Piotr Kowal, head of the miners' federation, said the union had warned the company.", null))
                .extracting(ClaimMention::action).doesNotContain("head");
        assertThat(claims("The court sentenced Ana Nedel to three years.", null)).extracting(ClaimMention::action).contains("sentence");
    }

    @Test
    void aBodyVotingToDeclareAnEmergencyDeclaresIt() {
        String text = "The regional council voted late on Monday to declare a state of emergency in three districts.";
        ClaimMention claim = only(text, null);
        assertThat(claim.action()).isEqualTo("declare");
        assertThat(claim.actorMention().map(s -> s.of(text))).contains("The regional council");
        assertThat(claim.object()).isEqualTo("a state of emergency in three districts");
        assertThat(only("The council declared a state of emergency in three districts.", null).proposition())
                .isEqualTo(only("The council voted to declare a state of emergency in three districts.", null).proposition());
    }

    @Test
    void anAgreementTheTwoSidesSignedIsASigningOfThatAgreement() {
        String text = "The mayor asked the court to review the agreement the two towns signed in 2019.";
        List<ClaimMention> found = claims(text, null);
        assertThat(found).extracting(ClaimMention::action).contains("sign");
        ClaimMention signing = found.stream().filter(c -> c.action().equals("sign")).findFirst().orElseThrow();
        assertThat(signing.actorMention().map(s -> s.of(text))).contains("the two towns");
        assertThat(signing.object()).isEqualTo("agreement");
    }

    @Test
    void whoAfterANameActsForThatNameAndTheMainVerbStandsApart() {
        String text = "Foreign Minister Ana Duarte, who visited the port on Tuesday, said that Portugal would send two ships.";
        List<ClaimMention> found = claims(text, null);
        ClaimMention visit = found.stream().filter(c -> c.action().equals("visit")).findFirst().orElseThrow();
        assertThat(visit.actorMention().map(s -> s.of(text))).contains("Foreign Minister Ana Duarte");
        assertThat(visit.text(text)).isEqualTo("who visited the port on Tuesday");
        assertThat(found).extracting(ClaimMention::action).contains("send");
    }

    @Test
    void americanAndBritishSpellingsMakeOneProposition() {
        assertThat(only("The parliament authorized the army to intervene.", null).proposition())
                .isEqualTo(only("The parliament authorised the army to intervene.", null).proposition());
    }

    @Test
    void aDeploymentCarriesItsNormalisedDate() {
        ClaimMention claim = only("The government deployed troops to the border in early January 2020.", null);
        assertThat(claim.action()).isEqualTo("deploy");
        assertThat(claim.object()).isEqualTo("troops to the border");
        assertThat(claim.normalisedDate().flatMap(d -> d.value()).map(d -> d.iso())).contains("2020-01");
    }

    @Test
    void aFireBurningSinceSundayAndDeclaredUnderControlOnThursdayWasDeclaredOnThursday() {
        ClaimMention claim = claims("The wildfire that has ravaged the hills since last Sunday was declared under control on Thursday evening.",
                LocalDate.of(2025, 8, 15)).stream().filter(m -> m.action().equals("declare")).findFirst().orElseThrow();
        assertThat(claim.normalisedDate().flatMap(d -> d.value()).map(d -> d.iso())).contains("2025-08-14");
    }

    @Test
    void anExplosionTwoDaysBeforeAVigilOnWednesdayHappenedOnMonday() {
        ClaimMention killed = claims("Relatives kept vigil at the pithead on Wednesday, two days after an explosion killed seven miners.",
                LocalDate.of(2024, 10, 9)).stream().filter(m -> m.action().equals("kill")).findFirst().orElseThrow();
        assertThat(killed.normalisedDate().flatMap(d -> d.value()).map(d -> d.iso())).contains("2024-10-07");
    }

    @Test
    void thievesBreakingIntoAMuseumIsATheftDatedByItsDay() {
        ClaimMention theft = claims("Thieves broke into the National Museum early on Monday.", LocalDate.of(2025, 3, 10)).stream()
                .filter(m -> m.action().equals("break into")).findFirst().orElseThrow();
        assertThat(Predicates.english().ofAction(theft.action())).contains("steal");
        assertThat(Predicates.english().ofNoun("heist")).contains("steal");
        assertThat(theft.normalisedDate().flatMap(d -> d.value()).map(d -> d.iso())).contains("2025-03-10");
    }

    @Test
    void aPassiveClaimTakesItsActorFromTheByPhrase() {
        String text = "The striking drivers are supported by three regional unions.";
        ClaimMention claim = only(text, null);
        assertThat(claim.kind()).isEqualTo(ClaimKind.QUANTITY);
        assertThat(claim.action()).isEqualTo("support");
        assertThat(claim.actorMention().map(s -> s.of(text))).contains("three regional unions");
        assertThat(claim.object()).isEqualTo("The striking drivers");
    }

    @Test
    void aReportedClaimIsAboutWhatWasReported() {
        String text = "The minister said the two countries will sign an agreement.";
        ClaimMention claim = only(text, null);
        assertThat(claim.action()).isEqualTo("sign");
        assertThat(claim.actorMention().map(s -> s.of(text))).contains("the two countries");
    }

    @Test
    void aSecondVerbJoinedByAndSharesTheFirstOnesActor() {
        String text = "The health minister met the hospital directors in the city and called on the unions to return.";
        List<ClaimMention> found = claims(text, null);
        assertThat(found).extracting(ClaimMention::action).containsExactly("meet", "call on");
        assertThat(found).allSatisfy(c -> assertThat(c.actorMention().map(s -> s.of(text))).contains("The health minister"));
        assertThat(found.get(1).text(text)).startsWith("called on");
    }

    @Test
    void aPlanIsNotReportedAsDone() {
        assertThat(only("The two countries will appoint ambassadors.", null).modality()).isEqualTo(Modality.PLANNED);
        assertThat(only("A joint committee must also be formed.", null).modality()).isEqualTo(Modality.REQUIRED);
        assertThat(only("The two countries appointed ambassadors.", null).modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aBareSayingIsAnAttributionNotAClaim() {
        assertThat(claims("The minister said so.", null)).isEmpty();
    }

    @Test
    void aSayingWithItsOwnDateIsAnEventThatPinsTheDate() {
        ClaimMention claim = only("The minister said on Tuesday.", TUESDAY_14_JULY_2020);
        assertThat(claim.action()).isEqualTo("say");
        assertThat(claim.date().date().first()).isEqualTo(TUESDAY_14_JULY_2020);
    }

    @Test
    void aStatedTollIsAQuantityClaimWithWhatItCounts() {
        ClaimMention claim = only("The floods killed more than 1,200 people in the region.", null);
        assertThat(claim.kind()).isEqualTo(ClaimKind.QUANTITY);
        assertThat(claim.action()).isEqualTo("kill");
        assertThat(claim.figure().map(q -> q.measure())).contains("people");
        assertThat(claim.figure().map(q -> q.lower())).contains(1_200.0);
    }

    @Test
    void callingAGovernmentLegitimateIsAStatusClaim() {
        String text = "Troops loyal to the legitimate government entered the city.";
        List<ClaimMention> found = claims(text, null);
        assertThat(found).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.STATUS);
            assertThat(c.text(text)).isEqualTo("the legitimate government");
            assertThat(c.object()).isEqualTo("legitimate");
        });
    }

    @Test
    void aRefusalIsANegatedAction() {
        assertThat(only("The council has not approved the budget.", null).action()).isEqualTo("not approve");
    }

    @Test
    void aNegationInTheSubjectsAsideDoesNotDenyTheAct() {
        assertThat(only("The canvas, not much bigger than a newspaper page, was recovered on Sunday.", null).action()).isEqualTo("recover");
        assertThat(only("The council did not, however, approve the budget.", null).action()).isEqualTo("not approve");
    }

    @Test
    void theQuotationMarksOfATitleDoNotEndTheClause() {
        String text = "Baltasar de Ourique's \"Still Life with Quinces\", a small canvas, was recovered on Sunday.";
        assertThat(claims(text, null)).anySatisfy(c -> {
            assertThat(c.action()).isEqualTo("recover");
            assertThat(c.text(text)).startsWith("Baltasar de Ourique's \"Still Life with Quinces\"");
        });
    }

    @Test
    void supportingASideIsAStandingNotAnEvent() {
        assertThat(only("The regional union backs the striking drivers.", null).kind()).isEqualTo(ClaimKind.STATUS);
        assertThat(only("The regulator called on the bank to withdraw its offer.", null).kind()).isEqualTo(ClaimKind.STANCE);
    }

    @Test
    void aPhoneCallOnTuesdayIsNotACallOnSomeone() {
        String text = "The two mayors agreed to share costs during a phone call on Tuesday.";
        ClaimMention claim = only(text, TUESDAY_14_JULY_2020);
        assertThat(claim.action()).isEqualTo("agree");
    }

    @Test
    void twoClausesJoinedByWhileAreTwoClaims() {
        String text = "The union has sided with the drivers while the council firmly supports the operators.";
        List<ClaimMention> found = claims(text, null);
        assertThat(found).extracting(ClaimMention::action).contains("side with", "support");
        assertThat(found).allSatisfy(c -> assertThat(c.span().length()).isLessThan(text.length() - 1));
    }

    @Test
    void aRelativeDateInAnUndatedArticleStaysUnresolved() {
        ClaimMention claim = only("The inspector visited the plant last month.", null);
        assertThat(claim.date().isResolved()).isFalse();
    }

    @Test
    void actorsResolvedToOneEntityShareAProposition() {
        String text = "The assembly authorised the army to intervene. Late on Monday, the legislature authorised the army to intervene.";
        ActorResolver resolver = span -> {
            String surface = span.of(text).toLowerCase();
            return surface.endsWith("assembly") || surface.endsWith("legislature") ? Optional.of("eastern-parliament") : Optional.empty();
        };
        List<ClaimMention> found = new ClaimExtractor(resolver).extract(text, sentences(text), TUESDAY_14_JULY_2020);
        assertThat(found).hasSize(2);
        assertThat(found).extracting(ClaimMention::entity).containsOnly(Optional.of("eastern-parliament"));
        assertThat(found.get(0).proposition()).isEqualTo(found.get(1).proposition());
        assertThat(found.get(1).date().date().first()).isEqualTo(LocalDate.of(2020, 7, 13));
    }

    @Test
    void everySpanAndActorLiesInsideItsSentence() {
        String text = "The envoy, meanwhile, said the army had seized the port and killed at least 40 fighters. "
                + "The interim government, which the council recognised in 2014, rejects the deal, the agency said.";
        List<Sentence> sentences = sentences(text);
        for (ClaimMention claim : extractor.extract(text, sentences, null)) {
            assertThat(sentences).anySatisfy(s -> {
                assertThat(s.span().contains(claim.span())).isTrue();
                claim.actorMention().ifPresent(actor -> assertThat(s.span().contains(actor)).isTrue());
            });
            assertThat(claim.text(text)).doesNotStartWith(" ").doesNotEndWith(" ").doesNotEndWith(",");
        }
    }

    @Test
    void aSentenceOfThousandsOfDatesAndCommasIsReadInOnePass() {
        String hostile = "In " + "May 5, ".repeat(3_000) + "one hundred".repeat(2_000) + " hundred".repeat(2_000)
                + ", the army deployed troops.";
        List<ClaimMention> found = extractor.extract(hostile, List.of(new Sentence(0, new Span(0, hostile.length()))), null);
        assertThat(found).extracting(ClaimMention::action).contains("deploy");
    }

    @Test
    void hostileInputIsReadInOnePass() {
        String hostile = "\"".repeat(10_000) + " and said, ".repeat(5_000) + "\u0007".repeat(1_000)
                + " the army deployed troops".repeat(3_000) + ".";
        List<ClaimMention> found = extractor.extract(hostile, List.of(new Sentence(0, new Span(0, hostile.length()))), null);
        assertThat(found).isNotEmpty();
    }

    @Test
    void aNounAfterAHyphenedAdjectiveIsNoVerbButAVerbAfterANameIs() {
        assertThat(claims("Prosecutors had sought a nine-year sentence.", TUESDAY_14_JULY_2020))
                .noneMatch(c -> c.action().equals("sentence"));
        assertThat(claims("President Abdel Fattah al-Sisi warned that troops could be sent.", TUESDAY_14_JULY_2020))
                .anyMatch(c -> c.action().equals("warn"));
    }

    @Test
    void aParticipleAfterAFinishedClauseOpensAClaimOfItsOwn() {
        assertThat(claims("The death toll has risen to 12 after rescuers recovered the bodies, ending a search that lasted three days.",
                TUESDAY_14_JULY_2020)).anyMatch(c -> c.text("The death toll has risen to 12 after rescuers recovered the bodies, ending a search that lasted three days.")
                .startsWith("The death toll has risen to 12") && c.figure().map(q -> q.stated() == 12).orElse(false));
    }

    @Test
    void whatWasToldReportersStartsAfterTheListenerWithOrWithoutThat() {
        String text = "Santo told reporters the party would ask the court to review the law.";
        assertThat(claims(text, TUESDAY_14_JULY_2020)).anyMatch(c -> c.action().equals("ask")
                && c.actorMention().map(a -> a.of(text)).orElse("").equals("the party"));
    }

    @Test
    void aPassiveWithNobodySayingWhoDidItHasNoActorButWhatItWasDoneTo() {
        ClaimMention jailed = only("Parvulescu was jailed for five years.", TUESDAY_14_JULY_2020);
        assertThat(jailed.actorMention()).isEmpty();
        assertThat(jailed.object()).isEqualTo("Parvulescu");
        assertThat(only("The president is to visit Paris.", TUESDAY_14_JULY_2020).actorMention()).isPresent();
    }

    @Test
    void aCountIsNotDatedByTheFigureItIsComparedWith() {
        ClaimMention turnout = claims("Turnout was 58.4 per cent, up from 51.3 per cent in the first round on 23 February.", TUESDAY_14_JULY_2020)
                .stream().filter(m -> m.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertThat(turnout.figure()).map(q -> q.stated()).contains(58.4);
        assertThat(turnout.normalisedDate()).isEmpty();
        ClaimMention highest = claims("Turnout in the run-off was 54.8 per cent, the highest since 2003.", TUESDAY_14_JULY_2020)
                .stream().filter(m -> m.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertThat(highest.normalisedDate()).isEmpty();
        ClaimMention dated = claims("Turnout was 58.4 per cent on 23 February.", TUESDAY_14_JULY_2020)
                .stream().filter(m -> m.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertThat(dated.normalisedDate()).isPresent();
    }

    @Test
    void aShareIsAClaimOfItsOwnBesideTheClausesCount() {
        List<ClaimMention> found = claims("In the ballot, 84% of members backed a strike, on a turnout of 64%.", TUESDAY_14_JULY_2020);
        assertThat(found).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(ClaimKind.QUANTITY);
            assertThat(m.figure()).map(q -> q.measure()).contains("percent turnout");
            assertThat(m.figure()).map(q -> q.stated()).contains(64.0);
        });
    }
}
