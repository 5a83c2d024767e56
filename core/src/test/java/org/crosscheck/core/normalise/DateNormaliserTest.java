package org.crosscheck.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.core.time.ReportedDate.Precision;
import org.junit.jupiter.api.Test;

class DateNormaliserTest {

    private static final LocalDate WEDNESDAY_5_MAY_2021 = LocalDate.of(2021, 5, 5);
    private final DateNormaliser normaliser = new DateNormaliser();

    private List<NormalisedDate> dates(String text, LocalDate reference) {
        return normaliser.find(text, new Span(0, text.length()), reference);
    }

    private NormalisedDate only(String text, LocalDate reference) {
        List<NormalisedDate> found = dates(text, reference);
        assertThat(found).as("dates in %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void tenYearsAgoInA2023ArticleAgreesWith2013() {
        NormalisedDate tenYearsAgo = only("the dam collapsed, ten years ago, after heavy rain", LocalDate.of(2023, 4, 13));
        NormalisedDate stated = only("the 2013 collapse of the dam", WEDNESDAY_5_MAY_2021);
        assertThat(tenYearsAgo.date()).isEqualTo(ReportedDate.year(2013));
        assertThat(tenYearsAgo.date().agreesWith(stated.date())).isTrue();
        assertThat(tenYearsAgo.reference()).isEqualTo(LocalDate.of(2023, 4, 13));
        assertThat(tenYearsAgo.rule()).contains("year precision");
    }

    @Test
    void halfACenturyAgoIsTheDecadeItLandsIn() {
        NormalisedDate halfACentury = only("flood walls built half a century ago", LocalDate.of(2023, 3, 14));
        NormalisedDate seventies = only("the wall was built in the 1970s", LocalDate.of(2023, 3, 15));
        assertThat(halfACentury.date().precision()).isEqualTo(Precision.DECADE);
        assertThat(halfACentury.date().agreesWith(seventies.date())).isTrue();
        assertThat(halfACentury.date().agreesWith(ReportedDate.year(1985))).isFalse();
        assertThat(only("a port opened a century ago", LocalDate.of(2023, 3, 14)).date().iso()).isEqualTo("1920");
        assertThat(only("the levee failed half a decade ago", LocalDate.of(2023, 3, 14)).date()).isEqualTo(ReportedDate.year(2018));
    }

    @Test
    void theNextDayCountsFromTheStoryNotFromTheArticle() {
        NormalisedDate nextDay = only("the minister arrived the next day", LocalDate.of(2023, 3, 14));
        assertThat(nextDay.isResolved()).isFalse();
        assertThat(nextDay.unresolvedReason()).contains("not from the article's date");
        assertThat(only("the minister arrives next week", LocalDate.of(2023, 3, 14)).isResolved()).isTrue();
    }

    @Test
    void aDayWithoutAYearInAnUndatedArticleKeepsItsDayOfTheYear() {
        NormalisedDate freed = only("the man was freed on 14 March", null);
        assertThat(freed.isResolved()).isFalse();
        assertThat(freed.dayWithoutYear()).isEqualTo(java.time.MonthDay.of(3, 14));
        assertThat(only("the man was freed on 14 March", LocalDate.of(2025, 3, 20)).date()).isEqualTo(ReportedDate.day(LocalDate.of(2025, 3, 14)));
    }

    @Test
    void tenYearsAgoDoesNotInventADay() {
        assertThat(only("ten years ago", LocalDate.of(2023, 4, 13)).date().precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void aWeekAgoTodayIsThatVeryDay() {
        NormalisedDate weekAgo = only("A week ago today, a methane explosion killed 21 miners.", LocalDate.of(2024, 10, 14));
        assertThat(weekAgo.date().precision()).isEqualTo(Precision.DAY);
        assertThat(weekAgo.date().first()).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(only("a week ago", LocalDate.of(2024, 10, 14)).date().precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void aWeekdayWithItsDateIsThatDateNotTheWeekdayBeforeTheArticle() {
        NormalisedDate sunday = only("On Sunday 5 October, the first day of the attack, 61 patients were diverted.", LocalDate.of(2025, 10, 13));
        assertThat(sunday.date().first()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(only("a deal in the early hours of Saturday, 17 May", LocalDate.of(2025, 5, 20)).date().first())
                .isEqualTo(LocalDate.of(2025, 5, 17));
        assertThat(only("the hearing on Wednesday", LocalDate.of(2025, 5, 15)).date().first()).isEqualTo(LocalDate.of(2025, 5, 14));
    }

    @Test
    void anUnanchoredRelativeDateStaysUnresolved() {
        NormalisedDate lastMonth = only("The mayor toured the harbour last month", null);
        assertThat(lastMonth.isResolved()).isFalse();
        assertThat(lastMonth.unresolvedReason()).contains("does not state");
    }

    @Test
    void anAbsoluteDateNeedsNoReference() {
        assertThat(only("on 5 May 2021", null).date()).isEqualTo(ReportedDate.day(WEDNESDAY_5_MAY_2021));
        assertThat(only("on May 5, 2021", null).date()).isEqualTo(ReportedDate.day(WEDNESDAY_5_MAY_2021));
        assertThat(only("dated 2021-05-05.", null).date()).isEqualTo(ReportedDate.day(WEDNESDAY_5_MAY_2021));
        assertThat(only("in January 2020", null).date().iso()).isEqualTo("2020-01");
        assertThat(only("in 2014", null).date()).isEqualTo(ReportedDate.year(2014));
    }

    @Test
    void earlyJanuaryIsTheFirstTenDaysAndStillAgreesWithJanuary() {
        NormalisedDate early = only("the strike began in early January 2020", null);
        assertThat(early.date().first()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(early.date().last()).isEqualTo(LocalDate.of(2020, 1, 10));
        assertThat(early.date().iso()).isEqualTo("2020-01");
        assertThat(only("late January 2020", null).date().first()).isEqualTo(LocalDate.of(2020, 1, 21));
        assertThat(only("mid January 2020", null).date().last()).isEqualTo(LocalDate.of(2020, 1, 20));
        assertThat(early.date().agreesWith(only("late January 2020", null).date())).isFalse();
    }

    @Test
    void agencyAbbreviationsAndPossessivesAreDatesToo() {
        assertThat(only("on Sept. 5, 2021", null).date()).isEqualTo(ReportedDate.day(LocalDate.of(2021, 9, 5)));
        assertThat(only("in Jan. 2020", null).date().iso()).isEqualTo("2020-01");
        assertThat(only("Monday's vote", LocalDate.of(2020, 7, 14)).date()).isEqualTo(ReportedDate.day(LocalDate.of(2020, 7, 13)));
        assertThat(only("last week's hearings", LocalDate.of(2020, 7, 14)).date().first()).isEqualTo(LocalDate.of(2020, 7, 6));
    }

    @Test
    void theNinetiesAreADecade() {
        NormalisedDate nineties = only("since the 1990s", null);
        assertThat(nineties.date().precision()).isEqualTo(Precision.DECADE);
        assertThat(nineties.date().last()).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void aWeekdayInPastTenseCopyIsTheMostRecentOneOnOrBeforeTheArticle() {
        assertThat(only("Negotiators confirmed Tuesday that", WEDNESDAY_5_MAY_2021).date())
                .isEqualTo(ReportedDate.day(LocalDate.of(2021, 5, 4)));
        assertThat(only("the mayor said on Wednesday", WEDNESDAY_5_MAY_2021).date())
                .isEqualTo(ReportedDate.day(WEDNESDAY_5_MAY_2021));
        assertThat(only("a budget adopted late Monday", LocalDate.of(2020, 7, 14)).date())
                .isEqualTo(ReportedDate.day(LocalDate.of(2020, 7, 13)));
    }

    @Test
    void aWeekdayInFutureTenseCopyLooksForward() {
        List<NormalisedDate> found = dates("hearings would take place in the city on Wednesday and Thursday", WEDNESDAY_5_MAY_2021);
        assertThat(found).extracting(NormalisedDate::date)
                .containsExactly(ReportedDate.day(WEDNESDAY_5_MAY_2021), ReportedDate.day(LocalDate.of(2021, 5, 6)));
    }

    @Test
    void untilLooksForwardOnlyToTheDateItGoverns() {
        LocalDate thursday = LocalDate.of(2026, 3, 5);
        assertThat(only("the recount could take until Monday", thursday).date()).isEqualTo(ReportedDate.day(LocalDate.of(2026, 3, 9)));
        // the polls closed on the Sunday before the article, whatever "until" says of the registering
        assertThat(only("some were not registered until after polls closed at 6pm on Sunday", thursday).date())
                .isEqualTo(ReportedDate.day(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void lastJuneIsTheMostRecentJune() {
        assertThat(only("Last June, the festival was called off", LocalDate.of(2020, 9, 16)).date().iso()).isEqualTo("2020-06");
        assertThat(only("Last June, the festival was called off", LocalDate.of(2020, 3, 1)).date().iso()).isEqualTo("2019-06");
    }

    @Test
    void relativePeriodsFollowTheCalendar() {
        LocalDate ref = LocalDate.of(2023, 4, 13);
        assertThat(only("opened the bridge last month", ref).date().iso()).isEqualTo("2023-03");
        assertThat(only("elected last year", ref).date()).isEqualTo(ReportedDate.year(2022));
        assertThat(only("it happened yesterday", ref).date()).isEqualTo(ReportedDate.day(LocalDate.of(2023, 4, 12)));
        assertThat(only("said today", ref).date()).isEqualTo(ReportedDate.day(ref));
        ReportedDate nextWeek = only("will meet next week", ref).date();
        assertThat(nextWeek.first()).isEqualTo(LocalDate.of(2023, 4, 17));
        assertThat(nextWeek.last()).isEqualTo(LocalDate.of(2023, 4, 23));
        ReportedDate earlier = only("earlier this month", ref).date();
        assertThat(earlier.first()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(earlier.last()).isEqualTo(ref);
        assertThat(only("the vote this year", ref).date()).isEqualTo(ReportedDate.year(2023));
        assertThat(only("two decades ago", ref).date()).isEqualTo(ReportedDate.year(2003));
        assertThat(only("back in March", LocalDate.of(2021, 5, 5)).date().iso()).isEqualTo("2021-03");
    }

    @Test
    void eightYearsOfRisingRentsBeganEightYearsBeforeTheRemark() {
        NormalisedDate began = only("anger after eight years of rising rents", LocalDate.of(2021, 3, 15));
        assertThat(began.date()).isEqualTo(ReportedDate.year(2013));
        assertThat(began.rule()).startsWith("start of a period");
        assertThat(dates("after two days of hearings", LocalDate.of(2021, 3, 15))).isEmpty();
    }

    @Test
    void sinceMarksTheStartOfAContinuingState() {
        NormalisedDate since = only("had since 2014 been closed", null);
        assertThat(since.date()).isEqualTo(ReportedDate.year(2014));
        assertThat(since.rule()).startsWith("since");
    }

    @Test
    void aFairToBeHeldInTheSecondWeekOfJuneIsNextJune() {
        NormalisedDate week = only("a fair to be held in the second week of June", LocalDate.of(2021, 5, 3));
        assertThat(week.date().first()).isEqualTo(LocalDate.of(2021, 6, 8));
        assertThat(week.date().iso()).isEqualTo("2021-06");
    }

    @Test
    void aDayAndMonthWithoutYearTakesTheYearFromTheReference() {
        assertThat(only("the coach on May 3 met the players", LocalDate.of(2021, 5, 3)).date())
                .isEqualTo(ReportedDate.day(LocalDate.of(2021, 5, 3)));
        assertThat(only("the coach on May 3 met the players", null).isResolved()).isFalse();
    }

    @Test
    void aDayWithoutAYearSoonAfterTheArticleIsTheComingOneNotLastYearsWhateverTheTense() {
        LocalDate june11 = LocalDate.of(2025, 6, 11);
        String said = "the commission said it would add 15% to the tariff on bottled wine and 10% on copper wire and rod from June 20";
        assertThat(only(said, june11).date()).isEqualTo(ReportedDate.day(LocalDate.of(2025, 6, 20)));
        // a day further ahead than a month, told in the past tense, is still last year's
        assertThat(only("the plant closed on September 8", june11).date()).isEqualTo(ReportedDate.day(LocalDate.of(2024, 9, 8)));
    }

    @Test
    void countsAreNotYears() {
        assertThat(dates("more than 2000 people and 50,000 troops", null)).isEmpty();
        assertThat(dates("the people may march", null)).isEmpty();
    }

    @Test
    void spansPointAtTheExactExpression() {
        String text = "It ended in 2020, ten years ago.";
        List<NormalisedDate> found = dates(text, LocalDate.of(2030, 1, 1));
        assertThat(found).extracting(d -> d.text(text)).containsExactly("2020", "ten years ago");
    }

    @Test
    void hostileInputIsReadInOnePass() {
        String hostile = "\"".repeat(10_000) + " last ".repeat(5_000) + "\u0000".repeat(1_000) + "May 5, ".repeat(2_000);
        assertThat(dates(hostile, null)).hasSizeGreaterThan(1_000);
    }
}
