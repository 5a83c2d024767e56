package org.crosscheck.core.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.time.ReportedDate;

/** Dates the text states on its own: "5 May 2021", "May 5, 2021", "2021-05-05", "early January 2020", "the 1990s". */
final class StatedDates {

    static final Set<String> PARTS = Set.of("early", "mid", "middle", "late", "beginning", "start", "end");
    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> COUNT_WORDS = Set.of("more", "than", "about", "over", "some", "nearly",
            "almost", "around", "least", "approximately", "roughly", "under", "estimated");

    private StatedDates() {
    }

    static Optional<DateScan.Match> read(DateScan s, int i) {
        return s.first(i, StatedDates::iso, StatedDates::dayMonth, StatedDates::monthDay, StatedDates::partOf,
                StatedDates::weekOfMonth, StatedDates::seasonOfYear, StatedDates::monthYear, StatedDates::decade,
                StatedDates::year);
    }

    private static Optional<DateScan.Match> iso(DateScan s, int i) {
        Optional<Integer> y = s.year(i);
        Optional<Integer> mo = s.number(i + 2, 2, 2, 1, 12);
        Optional<Integer> d = s.number(i + 4, 2, 2, 1, 31);
        if (y.isEmpty() || !s.is(i + 1, "-") || mo.isEmpty() || !s.is(i + 3, "-") || d.isEmpty()) {
            return Optional.empty();
        }
        return validDay(y.get(), mo.get(), d.get())
                .flatMap(day -> s.stated(i, i + 5, ReportedDate.day(day), "ISO date"));
    }

    /** "5 May 2021", "05 May 2021", "the 5th of May"; without a year it needs the reference date. */
    private static Optional<DateScan.Match> dayMonth(DateScan s, int i) {
        Optional<Integer> d = s.dayOfMonth(i);
        int m = s.is(i + 1, "of") ? i + 2 : i + 1;
        Optional<Month> month = CalendarWords.month(s.at(m));
        if (d.isEmpty() || month.isEmpty()) {
            return Optional.empty();
        }
        return withOptionalYear(s, i, m + 1, month.get(), d.get(), "day month year");
    }

    /** "May 5, 2021", "May 3". */
    private static Optional<DateScan.Match> monthDay(DateScan s, int i) {
        Optional<Month> month = CalendarWords.month(s.at(i));
        int day = afterMonth(s, i);
        Optional<Integer> d = s.dayOfMonth(day);
        if (month.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        return withOptionalYear(s, i, day + 1, month.get(), d.get(), "month day year");
    }

    private static Optional<DateScan.Match> withOptionalYear(DateScan s, int from, int after, Month month, int day, String rule) {
        int y = s.is(after, ",") ? after + 1 : after;
        Optional<Integer> year = s.year(y);
        if (year.isPresent()) {
            return validDay(year.get(), month.getValue(), day)
                    .flatMap(date -> s.stated(from, y + 1, ReportedDate.day(date), rule));
        }
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        boolean future = s.futureBefore(from);
        if (s.reference() == null) {
            return Optional.of(new DateScan.Match(after, NormalisedDate.withoutYear(s.span(from, after), monthDay, "day and month without a year",
                    "no year stated, and the article states no date of its own")));
        }
        return s.anchored(from, after, "day and month without a year: nearest " + (future ? "following" : "preceding")
                + " occurrence", ref -> ReportedDate.day(Reckoning.dayNamed(ref, monthDay, future)));
    }

    /** "early January 2020", "late 2019", "mid-2020", "the end of March 2021". */
    private static Optional<DateScan.Match> partOf(DateScan s, int i) {
        Token t = s.at(i);
        if (t == null) {
            return Optional.empty();
        }
        if (t.lower().startsWith("mid-") && t.lower().length() == 8) {
            Optional<Integer> y = parseYear(t.lower().substring(4));
            if (y.isPresent()) {
                return s.stated(i, i + 1, Reckoning.partOfYear(y.get(), "mid"), "part of year");
            }
        }
        if (!PARTS.contains(t.lower())) {
            return Optional.empty();
        }
        int m = s.is(i + 1, "of") ? i + 2 : i + 1;
        Optional<Month> month = CalendarWords.month(s.at(m));
        if (month.isPresent()) {
            int y = s.is(m + 1, "of") ? m + 2 : m + 1;
            Optional<Integer> year = s.year(y);
            return year.flatMap(yr -> s.stated(i, y + 1,
                    Reckoning.partOfMonth(YearMonth.of(yr, month.get()), t.lower()), "part of month"));
        }
        Optional<Integer> year = s.year(m);
        return year.flatMap(yr -> s.stated(i, m + 1, Reckoning.partOfYear(yr, t.lower()), "part of year"));
    }

    /** "the second week of June [2021]". */
    private static Optional<DateScan.Match> weekOfMonth(DateScan s, int i) {
        Token t = s.at(i);
        if (t == null || !s.is(i + 1, "week") || !s.is(i + 2, "of")) {
            return Optional.empty();
        }
        Optional<Integer> ordinal = NumberWords.ordinal(t).filter(o -> o <= 5);
        Optional<Month> month = CalendarWords.month(s.at(i + 3));
        if (ordinal.isEmpty() || month.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> year = s.year(i + 4);
        if (year.isPresent()) {
            return s.stated(i, i + 5, Reckoning.weekOfMonth(YearMonth.of(year.get(), month.get()), ordinal.get()), "week of month");
        }
        boolean future = s.futureBefore(i);
        return s.anchored(i, i + 4, "week of a month without a year: nearest " + (future ? "following" : "preceding") + " month",
                ref -> Reckoning.weekOfMonth(Reckoning.monthNamed(ref, month.get(), future, false), ordinal.get()));
    }

    private static Optional<DateScan.Match> seasonOfYear(DateScan s, int i) {
        Token t = s.at(i);
        if (t == null || !SEASONS.contains(t.lower())) {
            return Optional.empty();
        }
        int y = s.is(i + 1, "of") ? i + 2 : i + 1;
        return s.year(y).flatMap(year -> s.stated(i, y + 1, Reckoning.season(year, t.lower()), "season of year"));
    }

    /** "January 2020", "January of 2020". */
    private static Optional<DateScan.Match> monthYear(DateScan s, int i) {
        Optional<Month> month = CalendarWords.month(s.at(i));
        int y = s.is(afterMonth(s, i), "of") ? afterMonth(s, i) + 1 : afterMonth(s, i);
        Optional<Integer> year = s.year(y);
        if (month.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return s.stated(i, y + 1, ReportedDate.month(YearMonth.of(year.get(), month.get())), "month year");
    }

    /** "the 1990s", "the '90s" (read as the twentieth century's). */
    private static Optional<DateScan.Match> decade(DateScan s, int i) {
        Token t = s.at(i);
        if (t == null || !t.isNumber() || !t.lower().endsWith("s")) {
            return Optional.empty();
        }
        String digits = t.lower().substring(0, t.lower().length() - 1);
        if (!digits.chars().allMatch(Character::isDigit) || !digits.endsWith("0")) {
            return Optional.empty();
        }
        boolean clipped = digits.length() == 2 && (s.is(i - 1, "'") || s.is(i - 1, "\u2019"));
        if (digits.length() != 4 && !clipped) {
            return Optional.empty();
        }
        int first = clipped ? 1900 + Integer.parseInt(digits) : Integer.parseInt(digits);
        return s.stated(clipped ? i - 1 : i, i + 1, Reckoning.decade(first), "decade");
    }

    /** A bare year, unless it is a count ("more than 2000 people"). */
    private static Optional<DateScan.Match> year(DateScan s, int i) {
        Optional<Integer> year = s.number(i, 4, 4, 1900, 2099);
        Token before = s.at(i - 1);
        if (year.isEmpty() || before != null && COUNT_WORDS.contains(before.lower())) {
            return Optional.empty();
        }
        return s.stated(i, i + 1, ReportedDate.year(year.get()), "year");
    }

    /** The token after a month name, past the full stop of an abbreviation ("Sept. 5"). */
    private static int afterMonth(DateScan s, int month) {
        return s.is(month + 1, ".") && s.at(month).text().length() <= 4 ? month + 2 : month + 1;
    }

    private static Optional<Integer> parseYear(String digits) {
        return digits.chars().allMatch(Character::isDigit) ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    private static Optional<LocalDate> validDay(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
