package org.crosscheck.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.reconcile.SamenessPolicy.Verdict;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.junit.jupiter.api.Test;

class SamenessPolicyTest {

    private final SamenessPolicy policy = new SamenessPolicy();
    private int at;

    @Test
    void twoOutletsReportingTheOusterOfOnePresidentStateOneProposition() {
        Statement overthrow = statement("a", "oust", false, Set.of(), Set.of("person-morsi"), Set.of(), null);
        Statement ouster = statement("b", "oust", false, Set.of("organization-army"), Set.of("person-morsi"), Set.of(), null);
        assertThat(policy.compare(overthrow, ouster)).isEqualTo(Verdict.SAME);
    }

    @Test
    void theOusterOfAnotherPresidentIsAnotherClaim() {
        Statement one = statement("a", "oust", false, Set.of(), Set.of("person-morsi"), Set.of(), null);
        Statement other = statement("b", "oust", false, Set.of(), Set.of("person-gaddafi"), Set.of(), null);
        assertThat(policy.compare(one, other)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void turkeyBackingTheGovernmentIsNotTheUnitedStatesBackingIt() {
        Statement turkey = statement("a", "back", true, Set.of("country-turkey"), Set.of("org-gna"), Set.of(), null);
        Statement us = statement("b", "back", true, Set.of("country-united-states"), Set.of("org-gna"), Set.of(), null);
        assertThat(policy.compare(turkey, us)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void backingWithoutABackerSaysNothingAboutWhoseBackingItIs() {
        Statement unknown = statement("a", "back", true, Set.of(), Set.of("person-haftar"), Set.of(), null);
        Statement egypt = statement("b", "back", true, Set.of("country-egypt"), Set.of("person-haftar"), Set.of(), null);
        assertThat(policy.compare(unknown, egypt)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void sharingOnlyACountryIsNotTheSameClaim() {
        Statement sovereignty = statement("a", "back", false, Set.of(), Set.of(), Set.of("country-libya"), null);
        Statement deployment = statement("b", "back", false, Set.of("country-turkey"), Set.of(), Set.of("country-libya"), null);
        assertThat(policy.compare(sovereignty, deployment)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void aReportThatTwoCountriesBackRivalSidesIsSupportedByEachOnesBacking() {
        Statement rivalry = new Statement("a", span(), ClaimKind.STATUS, "back", true, false, Set.of("country-turkey", "country-egypt"),
                Set.of(), Set.of(), Set.of(), null, null, "they | support | opposing side", null);
        Statement egypt = statement("b", "back", true, Set.of("country-egypt"), Set.of("person-haftar"), Set.of(), null);
        Statement russia = statement("c", "back", true, Set.of("country-russia"), Set.of("person-haftar"), Set.of(), null);
        assertThat(policy.compare(rivalry, egypt)).isEqualTo(Verdict.SUPPORTS);
        assertThat(policy.compare(egypt, rivalry)).isEqualTo(Verdict.SUPPORTS);
        assertThat(policy.compare(rivalry, russia)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void twoGovernmentsDemandingTheSameWithdrawalSupportEachOther() {
        Statement libya = demand("a", "country-libya", Set.of("country-turkey", "country-libya"));
        Statement egypt = demand("b", "country-egypt", Set.of("country-turkey", "country-libya"));
        Statement syria = demand("c", "person-minister", Set.of("country-turkey", "country-syria"));
        assertThat(policy.compare(libya, egypt)).isEqualTo(Verdict.SUPPORTS);
        assertThat(policy.compare(libya, syria)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void earlyJanuaryAndJanuaryAgreeButJanuaryAndMarchContradict() {
        ReportedDate january = ReportedDate.month(java.time.YearMonth.of(2020, 1));
        ReportedDate early = new ReportedDate(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 1, 10),
                ReportedDate.Precision.PART_OF_MONTH);
        ReportedDate march = ReportedDate.month(java.time.YearMonth.of(2020, 3));
        Statement a = statement("a", "oust", false, Set.of(), Set.of("person-x"), Set.of(), january);
        assertThat(policy.compare(a, statement("b", "oust", false, Set.of(), Set.of("person-x"), Set.of(), early))).isEqualTo(Verdict.SAME);
        assertThat(policy.compare(a, statement("c", "oust", false, Set.of(), Set.of("person-x"), Set.of(), march)))
                .isEqualTo(Verdict.DATE_CONTRADICTS);
    }

    @Test
    void moreThanFiftyThousandAgreesWithFiftyThousandButNotWithFiveHundred() {
        Statement more = counted("a", new Quantity(50_000, Double.POSITIVE_INFINITY, Quantity.Qualifier.MORE_THAN, "people", span()));
        Statement plain = counted("b", new Quantity(50_000, 50_000, Quantity.Qualifier.EXACT, "people", span()));
        Statement few = counted("c", new Quantity(500, 500, Quantity.Qualifier.EXACT, "people", span()));
        assertThat(policy.compare(more, plain)).isEqualTo(Verdict.SAME);
        assertThat(policy.compare(plain, few)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void theSameWordingInASyndicatedCopyIsTheSameClaim() {
        Statement original = new Statement("wire", span(), ClaimKind.EVENT, null, false, false, Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                "levee | give way | before dawn", null);
        Statement copy = new Statement("copy", span(), ClaimKind.EVENT, null, false, false, Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                "levee | give way | before dawn", null);
        assertThat(policy.compare(original, copy)).isEqualTo(Verdict.SAME);
    }

    @Test
    void aBodyCalledOnlyByItsKindIsTheBodyTheOtherOutletNames() {
        java.time.LocalDate monday = java.time.LocalDate.of(2024, 5, 6);
        Statement named = new Statement("wire", span(), ClaimKind.EVENT, "meet", true, false, Set.of("organization-river-basin-commission"),
                Set.of(), Set.of("place-linz"), Set.of(), null, null, "organization-river-basin-commission | meet | linz", monday);
        Statement byKind = new Statement("daily", span(), ClaimKind.EVENT, "meet", true, false, Set.of(),
                Set.of(), Set.of("place-linz"), Set.of(), null, null, "commission | meet | linz", monday);
        Statement otherBody = new Statement("daily", span(), ClaimKind.EVENT, "meet", true, false, Set.of(),
                Set.of(), Set.of("place-linz"), Set.of(), null, null, "council | meet | linz", monday);
        Statement monthsLater = new Statement("weekly", span(), ClaimKind.EVENT, "meet", true, false, Set.of(),
                Set.of(), Set.of("place-linz"), Set.of(), null, null, "commission | meet | linz", monday.plusMonths(3));

        assertThat(policy.compare(named, byKind)).isEqualTo(Verdict.SAME);
        assertThat(policy.compare(byKind, named)).isEqualTo(Verdict.SAME);
        assertThat(policy.compare(named, otherBody)).isEqualTo(Verdict.DIFFERENT);
        assertThat(policy.compare(named, monthsLater)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void theSameWordsWithNobodyNamedInTwoStoriesAreTwoActs() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 5, 6);
        Statement here = new Statement("a", span(), ClaimKind.EVENT, "sign", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-huaral"), ReportedDate.year(1996), null, "two government | sign | sign", day);
        Statement there = new Statement("b", span(), ClaimKind.EVENT, "sign", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-braga"), ReportedDate.year(2009), null, "two government | sign | sign", day);
        Statement copy = new Statement("c", span(), ClaimKind.EVENT, "sign", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-huaral"), ReportedDate.year(1996), null, "two government | sign | sign", day);
        assertThat(policy.compare(here, there)).isEqualTo(Verdict.DIFFERENT);
        assertThat(policy.compare(here, copy)).isEqualTo(Verdict.SAME);
    }

    @Test
    void theSameWordsNamingADifferentPairOfCountriesAreAnotherAct() {
        Statement one = new Statement("a", span(), ClaimKind.EVENT, "sign", false, false, Set.of("country-malaysia", "country-kenya"),
                Set.of(), Set.of(), Set.of("place-x"), ReportedDate.year(1996), null, "country-kenya | sign | sign", null);
        Statement other = new Statement("b", span(), ClaimKind.EVENT, "sign", false, false, Set.of("country-croatia", "country-kenya"),
                Set.of(), Set.of(), Set.of("place-y"), ReportedDate.year(2009), null, "country-kenya | sign | sign", null);
        assertThat(policy.compare(one, other)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void aBlastRecalledFromThreeYearsAgoIsAnotherEventNotAMisdatedOne() {
        java.time.LocalDate week = java.time.LocalDate.of(2024, 10, 8);
        Statement now = new Statement("a", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), ReportedDate.day(java.time.LocalDate.of(2024, 10, 7)),
                new Quantity(7, 7, Quantity.Qualifier.EXACT, "miners", new Span(0, 1)), "seven miner | kill |", week);
        Statement recalled = new Statement("b", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), ReportedDate.year(2021),
                new Quantity(4, 4, Quantity.Qualifier.EXACT, "miners", new Span(0, 1)), "explosion same mine | kill | four miner", week);
        Statement misdated = new Statement("c", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), ReportedDate.day(java.time.LocalDate.of(2024, 10, 6)),
                new Quantity(7, 7, Quantity.Qualifier.EXACT, "miners", new Span(0, 1)), "seven miner | kill |", week);
        assertThat(policy.compare(now, recalled)).isEqualTo(Verdict.DISTINCT);
        assertThat(policy.compare(now, misdated)).isEqualTo(Verdict.DATE_CONTRADICTS);
    }

    @Test
    void theSameCountryActingOnNothingNamedInTwoStoriesIsTwoActs() {
        Statement in2003 = new Statement("a", span(), ClaimKind.EVENT, "sign", false, false, Set.of("country-portugal"), Set.of(), Set.of(),
                Set.of("place-porto"), ReportedDate.year(2003), null, "", java.time.LocalDate.of(2003, 5, 1));
        Statement in2019 = new Statement("b", span(), ClaimKind.EVENT, "sign", false, false, Set.of("country-portugal"), Set.of(), Set.of(),
                Set.of("place-faro"), ReportedDate.year(2019), null, "", java.time.LocalDate.of(2019, 5, 1));
        Statement retold = new Statement("c", span(), ClaimKind.EVENT, "sign", false, false, Set.of("country-portugal"), Set.of(), Set.of(),
                Set.of("place-porto"), ReportedDate.year(2003), null, "", java.time.LocalDate.of(2003, 5, 2));
        assertThat(policy.compare(in2003, in2019)).isEqualTo(Verdict.DIFFERENT);
        assertThat(policy.compare(in2003, retold)).isEqualTo(Verdict.SAME);
    }

    @Test
    void theSameTwoCountriesSigningYearsApartSignedTwiceButOnePresidentOustedTwiceIsAMisdating() {
        // dated years apart, by nothing but their words: two signings, never one act misdated
        Set<String> pair = Set.of("country-uruguay", "country-peru");
        Statement in1996 = new Statement("a", span(), ClaimKind.EVENT, "sign", false, false, pair, Set.of(), Set.of(), Set.of("place-x"),
                ReportedDate.year(1996), null, "country-uruguay | sign | sign", java.time.LocalDate.of(2024, 5, 1));
        Statement in2010 = new Statement("b", span(), ClaimKind.EVENT, "sign", false, false, pair, Set.of(), Set.of(), Set.of("place-y"),
                ReportedDate.year(2010), null, "country-uruguay | sign | sign", java.time.LocalDate.of(2024, 5, 3));
        assertThat(policy.compare(in1996, in2010)).isEqualTo(Verdict.DIFFERENT);
        Statement ousted2013 = statement("c", "oust", false, Set.of(), Set.of("person-morsi"), Set.of(), ReportedDate.year(2013));
        Statement ousted2010 = statement("d", "oust", false, Set.of(), Set.of("person-morsi"), Set.of(), ReportedDate.year(2010));
        assertThat(policy.compare(ousted2013, ousted2010)).isEqualTo(Verdict.DATE_CONTRADICTS);
    }

    @Test
    void aGovernmentOpeningAnInquiryAfterCollapsesYearsApartOpenedTwoButTurkeyBackingTheGnaIsOneStanding() {
        Set<String> norway = Set.of("organization-government-norway");
        String inquiry = "organization-government-norway | open | inquiry";
        Statement in2022 = new Statement("a", span(), ClaimKind.EVENT, "open", false, false, norway, Set.of(), Set.of(),
                Set.of("place-lund"), null, null, inquiry, java.time.LocalDate.of(2022, 5, 28));
        Statement sameWeek = new Statement("b", span(), ClaimKind.EVENT, "open", false, false, norway, Set.of(), Set.of(),
                Set.of("place-oslo"), null, null, inquiry, java.time.LocalDate.of(2022, 5, 30));
        Statement in2024 = new Statement("c", span(), ClaimKind.EVENT, "open", false, false, norway, Set.of(), Set.of(),
                Set.of("place-bergen"), null, null, inquiry, java.time.LocalDate.of(2024, 7, 8));
        assertThat(policy.compare(in2022, sameWeek)).isEqualTo(Verdict.SAME);
        assertThat(policy.compare(in2022, in2024)).isEqualTo(Verdict.DIFFERENT);

        Set<String> turkey = Set.of("country-turkey");
        String backing = "country-turkey | back | government of national accord";
        Statement in2020 = new Statement("d", span(), ClaimKind.STANCE, "back", true, false, turkey, Set.of(), Set.of(),
                Set.of("place-tripoli"), null, null, backing, java.time.LocalDate.of(2020, 1, 5));
        Statement in2023 = new Statement("e", span(), ClaimKind.STANCE, "back", true, false, turkey, Set.of(), Set.of(),
                Set.of("place-cairo"), null, null, backing, java.time.LocalDate.of(2023, 4, 13));
        assertThat(policy.compare(in2020, in2023)).isEqualTo(Verdict.SAME);
    }

    @Test
    void theRulesAreSymmetric() {
        Statement a = statement("a", "oust", false, Set.of(), Set.of("person-morsi"), Set.of(), null);
        Statement b = statement("b", "oust", false, Set.of("organization-army"), Set.of("person-morsi"), Set.of("country-egypt"), null);
        assertThat(policy.compare(a, b)).isEqualTo(policy.compare(b, a));
    }

    @Test
    void aTollSaidToHaveRisenToALargerTotalDaysLaterIsAnUpdateNotAConflict() {
        Statement first = toll("a", 7, Quantity.Qualifier.EXACT, "miners", java.time.LocalDate.of(2024, 10, 8));
        Statement risen = toll("b", 12, Quantity.Qualifier.RISEN_TO, "dead", java.time.LocalDate.of(2024, 10, 11));
        assertThat(policy.compare(first, risen)).isEqualTo(Verdict.UPDATES);
        assertThat(policy.compare(risen, first)).isEqualTo(Verdict.UPDATES);
    }

    @Test
    void aLargerTollWithNoWordOfChangeIsStillAConflict() {
        Statement twelve = toll("a", 12, Quantity.Qualifier.RISEN_TO, "dead", java.time.LocalDate.of(2024, 10, 11));
        Statement transposed = toll("b", 21, Quantity.Qualifier.EXACT, "miners", java.time.LocalDate.of(2024, 10, 14));
        assertThat(policy.compare(twelve, transposed)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void aTollCannotRiseBackwardsInTime() {
        Statement risen = toll("a", 12, Quantity.Qualifier.RISEN_TO, "dead", java.time.LocalDate.of(2024, 10, 8));
        Statement later = toll("b", 7, Quantity.Qualifier.EXACT, "miners", java.time.LocalDate.of(2024, 10, 11));
        assertThat(policy.compare(risen, later)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void howManyAreInIntensiveCareIsReadAgainEachDayWithoutAConflict() {
        Statement thursday = ongoing(bare("a", 7, "patients", " | count | patient 7", java.time.LocalDate.of(2025, 9, 4)));
        Statement friday = ongoing(bare("b", 9, "patients", " | count | patient 9", java.time.LocalDate.of(2025, 9, 6)));
        assertThat(policy.compare(thursday, friday)).isEqualTo(Verdict.UPDATES);
        assertThat(policy.compare(friday, thursday)).isEqualTo(Verdict.UPDATES);
        Statement sameDay = ongoing(bare("c", 11, "patients", " | count | patient 11", java.time.LocalDate.of(2025, 9, 6)));
        assertThat(policy.compare(friday, sameDay)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void theDeadOnlyGrowInNumberFromOneDayToTheNext() {
        Statement two = ongoing(toll("a", 2, Quantity.Qualifier.EXACT, "people died", java.time.LocalDate.of(2025, 9, 4)));
        Statement three = ongoing(toll("b", 3, Quantity.Qualifier.EXACT, "people died", java.time.LocalDate.of(2025, 9, 8)));
        Statement one = ongoing(toll("c", 1, Quantity.Qualifier.EXACT, "people died", java.time.LocalDate.of(2025, 9, 10)));
        assertThat(policy.compare(two, three)).isEqualTo(Verdict.UPDATES);
        assertThat(policy.compare(three, one)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void whatOneEventDidIsFixedOnceToldWhateverTheDay() {
        Statement seven = toll("a", 7, Quantity.Qualifier.EXACT, "miners killed", java.time.LocalDate.of(2024, 10, 8));
        Statement nine = toll("b", 9, Quantity.Qualifier.EXACT, "miners killed", java.time.LocalDate.of(2024, 10, 10));
        assertThat(policy.compare(seven, nine)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void aRecountsTotalReplacesTheFirstCountUpOrDown() {
        Statement first = bare("a", 13_111, "votes", " | vote | 13111", java.time.LocalDate.of(2025, 3, 10));
        Statement recount = revised(bare("b", 13_094, "votes", " | vote | 13094", java.time.LocalDate.of(2025, 3, 15)));
        assertThat(policy.compare(first, recount)).isEqualTo(Verdict.UPDATES);
        Statement sameDayOtherCount = bare("c", 13_050, "votes", " | vote | 13050", java.time.LocalDate.of(2025, 3, 10));
        assertThat(policy.compare(first, sameDayOtherCount)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void aLeadInPreliminaryResultsIsReplacedByTheDeclaredMargin() {
        Statement preliminary = bare("a", 2_454, "margin", " | lead | 2454", java.time.LocalDate.of(2026, 3, 4));
        preliminary = new Statement(preliminary.document(), preliminary.span(), preliminary.kind(), preliminary.predicate(), preliminary.agentive(),
                preliminary.demanded(), preliminary.actors(), preliminary.participants(), preliminary.places(), preliminary.setting(),
                preliminary.date(), preliminary.quantity(), preliminary.key(), preliminary.published(), false, false, true, null);
        Statement declared = bare("b", 1_284, "margin", " | lead | 1284", java.time.LocalDate.of(2026, 3, 6));
        assertThat(policy.compare(preliminary, declared)).isEqualTo(Verdict.UPDATES);
        assertThat(policy.compare(declared, preliminary)).isEqualTo(Verdict.UPDATES);
    }

    private static Statement revised(Statement s) {
        return read(s, false, true);
    }

    private static Statement ongoing(Statement s) {
        return read(s, true, false);
    }

    /** The statement with its figure read as an ongoing count or as a count taken again. */
    private static Statement read(Statement s, boolean ongoing, boolean revised) {
        return new Statement(s.document(), s.span(), s.kind(), s.predicate(), s.agentive(), s.demanded(), s.actors(), s.participants(),
                s.places(), s.setting(), s.date(), s.quantity(), s.key(), s.published(), ongoing, revised);
    }

    @Test
    void tonnesOfDeadFishCollectedByOneDayAndByALaterDayAreReadingsAndOnlyGrow() {
        java.time.LocalDate sunday = java.time.LocalDate.of(2025, 9, 7);
        java.time.LocalDate wednesday = java.time.LocalDate.of(2025, 9, 10);
        Statement bySunday = ongoing(new Statement("a", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), ReportedDate.day(sunday), new Quantity(27, 27, Quantity.Qualifier.EXACT, "tonnes", new Span(0, 1)),
                " | collect | tonne dead fish 27", sunday));
        Statement moreByWednesday = ongoing(new Statement("b", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), ReportedDate.day(wednesday), new Quantity(31, 31, Quantity.Qualifier.EXACT, "tonnes", new Span(0, 1)),
                " | collect | tonne dead fish 31", wednesday));
        Statement fewerByWednesday = ongoing(new Statement("c", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), ReportedDate.day(wednesday), new Quantity(17, 17, Quantity.Qualifier.EXACT, "tonnes", new Span(0, 1)),
                " | collect | tonne dead fish 17", wednesday));
        assertThat(policy.compare(bySunday, moreByWednesday)).isEqualTo(Verdict.UPDATES);
        assertThat(policy.compare(bySunday, fewerByWednesday)).as("not a misdating: the dead do not come back")
                .isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void countsOfTheDeadAndOfTheMissingAreDifferentCounts() {
        Statement dead = toll("a", 7, Quantity.Qualifier.EXACT, "miners killed", java.time.LocalDate.of(2024, 10, 8));
        Statement missing = toll("b", 5, Quantity.Qualifier.EXACT, "miners still missing", java.time.LocalDate.of(2024, 10, 8));
        assertThat(policy.compare(dead, missing)).isNotEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void anUndatedTollInTheNewsIsNotTheTollOfABlastDatedYearsBefore() {
        java.time.LocalDate week = java.time.LocalDate.of(2024, 10, 9);
        Statement now = new Statement("a", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), null, new Quantity(7, 7, Quantity.Qualifier.EXACT, "men", new Span(0, 1)), "seven men | die |", week);
        Statement recalled = new Statement("b", span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of(),
                Set.of("place-mine"), ReportedDate.year(2021), null, "methane blast same mine | kill | four men", week);
        assertThat(policy.compare(now, recalled)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void countsWithoutAVerbClassAreOneCountOnlyUnderTheSameVerb() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 10, 8);
        Statement underground = bare("a", 312, "miners", " | count | miner 312", day);
        Statement roughly = bare("b", 300, "miners", " | count | miner 300", day);
        Statement hospital = bare("c", 18, "miners", "18 | take | hospital 18", day);
        assertThat(policy.compare(underground, roughly)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
        assertThat(policy.compare(underground, hospital)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void twoTalliesOfOneVoteWhoseVotersNeitherOutletNamesStillConflict() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 12);
        Statement passed = count("a", "authorise", 78, Quantity.Qualifier.EXACT, "votes", "lawmaker | pass | concession act 78 vote", day);
        Statement approved = count("b", "authorise", 87, Quantity.Qualifier.EXACT, "votes", "parliament | approve | concession act 87", day);
        assertThat(policy.compare(passed, approved)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
        Statement named = new Statement("e", span(), ClaimKind.QUANTITY, "authorise", true, false, Set.of("organization-parliament"), Set.of(),
                Set.of("place-mine"), Set.of(), null, new Quantity(87, 87, Quantity.Qualifier.EXACT, "votes", new Span(0, 1)),
                "organization-parliament | approve | concession act 87", day);
        assertThat(policy.compare(passed, named)).as("one side naming the voters").isEqualTo(Verdict.NUMBER_CONTRADICTS);
        Statement oneBacking = statement("c", "back", true, Set.of(), Set.of("person-haftar"), Set.of(), null);
        Statement another = statement("d", "back", true, Set.of(), Set.of("person-haftar"), Set.of(), null);
        assertThat(policy.compare(oneBacking, another)).as("without a count, nobody's backing is nobody's").isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void aSentenceAskedForIsNotTheSentencePassed() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 6, 3);
        Statement passed = count("a", "sentence", 7, Quantity.Qualifier.EXACT, "years", " | sentence | seven year 7", day);
        Statement asked = new Statement("b", span(), ClaimKind.QUANTITY, "sentence", false, true, Set.of(), Set.of(), Set.of("place-mine"),
                Set.of(), null, new Quantity(9, 9, Quantity.Qualifier.EXACT, "years", new Span(0, 1)), "prosecutor | ask | nine-year sentence 9", day);
        assertThat(policy.compare(passed, asked)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void sentencesOfTwoNamedPeopleAreTwoCounts() {
        Statement chief = sentencing("a", "person-chief", 7);
        Statement contractor = sentencing("b", "person-contractor", 5);
        assertThat(policy.compare(chief, contractor)).isEqualTo(Verdict.DIFFERENT);
        assertThat(policy.compare(chief, sentencing("c", "person-chief", 9))).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    private Statement sentencing(String doc, String sentenced, double years) {
        return new Statement(doc, span(), ClaimKind.QUANTITY, "sentence", false, false, Set.of(), Set.of(sentenced), Set.of("place-mine"),
                Set.of(), null, new Quantity(years, years, Quantity.Qualifier.EXACT, "years", new Span(0, 1)), " | sentence | " + sentenced,
                java.time.LocalDate.of(2025, 6, 3));
    }

    @Test
    void twoTurnoutsOfOneRunOffConflictWhateverElseTheirSentencesName() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 12);
        Statement turnout = bare("a", 58.4, "percent turnout", " | count | percent turnout 58", day);
        Statement highest = count("b", "elect", 54.8, Quantity.Qualifier.EXACT, "percent turnout", " | count | percent turnout 55", day);
        Statement vote = count("c", "elect", 50.1, Quantity.Qualifier.EXACT, "percent", " | count | percent 50", day);
        assertThat(policy.compare(turnout, highest)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
        assertThat(policy.compare(turnout, vote)).as("a share of nothing named is not the turnout").isEqualTo(Verdict.DIFFERENT);
        Statement growth = bare("d", 3.1, "percent growth", " | count | percent growth 3", day);
        assertThat(policy.compare(turnout, growth)).isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void passengersStrandedCountedTwiceConflictWhateverEventTheirSentencesName() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 5, 13);
        Statement cancelled = count("a", null, 2000, Quantity.Qualifier.ABOUT, "passengers stranded", " | cancel | last service 2000", day);
        Statement strike = count("b", "attack", 3000, Quantity.Qualifier.MORE_THAN, "passengers stranded", " | count | passenger stranded 3000", day);
        Statement evacuated = count("c", null, 3000, Quantity.Qualifier.EXACT, "passengers evacuated", " | count | passenger evacuated 3000", day);
        assertThat(policy.compare(cancelled, strike)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
        assertThat(policy.compare(strike, evacuated)).as("what became of them differs").isEqualTo(Verdict.DIFFERENT);
    }

    @Test
    void aCandidatesVotesAndHisMarginAreTwoClaimsAboutOneVote() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 10);
        Statement votes = count("a", "elect", 13111, Quantity.Qualifier.EXACT, "votes", "person-winner | receive | 13111", day);
        Statement ahead = count("b", "elect", 121, Quantity.Qualifier.EXACT, Quantity.MARGIN, "person-winner | finish | ahead 121", day);
        Statement margin = count("c", "elect", 112, Quantity.Qualifier.EXACT, Quantity.MARGIN, "person-winner | lead | 112", day);
        assertThat(policy.compare(votes, ahead)).isEqualTo(Verdict.DIFFERENT);
        assertThat(policy.compare(ahead, margin)).isEqualTo(Verdict.NUMBER_CONTRADICTS);
    }

    @Test
    void yearsCountedWithoutAVerbAreNotOneCount() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 6, 3);
        Statement ruled = bare("a", 8, "years", " | count | year 8", day);
        Statement waited = bare("b", 6, "years", " | count | year 6", day);
        assertThat(policy.compare(ruled, waited)).isEqualTo(Verdict.DIFFERENT);
    }

    private Statement toll(String doc, double figure, Quantity.Qualifier qualifier, String measure, java.time.LocalDate published) {
        return count(doc, "kill", figure, qualifier, measure, " | kill | " + measure, published);
    }

    private Statement bare(String doc, double figure, String measure, String key, java.time.LocalDate published) {
        return count(doc, null, figure, Quantity.Qualifier.EXACT, measure, key, published);
    }

    private Statement count(String doc, String predicate, double figure, Quantity.Qualifier qualifier, String measure, String key,
                            java.time.LocalDate published) {
        return new Statement(doc, span(), ClaimKind.QUANTITY, predicate, false, false, Set.of(), Set.of(), Set.of("place-mine"), Set.of(),
                null, new Quantity(figure, figure, qualifier, measure, new Span(0, 1)), key, published);
    }

    private Statement statement(String doc, String predicate, boolean agentive, Set<String> actors, Set<String> participants,
                                Set<String> places, ReportedDate date) {
        return new Statement(doc, span(), ClaimKind.EVENT, predicate, agentive, false, actors, participants, places, Set.of(), date, null,
                String.join(" ", actors) + " | " + predicate + " | " + String.join(" ", participants), null);
    }

    private Statement demand(String doc, String actor, Set<String> places) {
        return new Statement(doc, span(), ClaimKind.STANCE, "withdraw", false, true, Set.of(actor), Set.of(), places, Set.of(), null, null,
                actor + " | call on | withdraw force", null);
    }

    private Statement counted(String doc, Quantity q) {
        return new Statement(doc, span(), ClaimKind.QUANTITY, "kill", false, false, Set.of(), Set.of(), Set.of("place-x"), Set.of(), null, q,
                " | kill | people", null);
    }

    private Span span() {
        at += 10;
        return new Span(at, at + 5);
    }
}
