package org.crosscheck.core.normalise;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** English month, weekday and calendar-unit words, including the abbreviations agencies use. */
public final class CalendarWords {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE), Map.entry("july", Month.JULY),
            Map.entry("jul", Month.JULY), Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    private static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            Map.entry("day", ChronoUnit.DAYS), Map.entry("days", ChronoUnit.DAYS),
            Map.entry("week", ChronoUnit.WEEKS), Map.entry("weeks", ChronoUnit.WEEKS),
            Map.entry("month", ChronoUnit.MONTHS), Map.entry("months", ChronoUnit.MONTHS),
            Map.entry("year", ChronoUnit.YEARS), Map.entry("years", ChronoUnit.YEARS),
            Map.entry("decade", ChronoUnit.DECADES), Map.entry("decades", ChronoUnit.DECADES));

    private CalendarWords() {
    }

    /** A month name; capitalised only, so that the verbs "may" and "march" are not read as months. */
    public static Optional<Month> month(Token t) {
        if (t == null || !t.isCapitalised()) {
            return Optional.empty();
        }
        return Optional.ofNullable(MONTHS.get(bare(t)));
    }

    public static Optional<DayOfWeek> weekday(Token t) {
        return t == null ? Optional.empty() : Optional.ofNullable(WEEKDAYS.get(bare(t)));
    }

    public static Optional<ChronoUnit> unit(Token t) {
        return t == null ? Optional.empty() : Optional.ofNullable(UNITS.get(bare(t)));
    }

    /** "Monday's vote", "last week's talks": the calendar word without its possessive. */
    private static String bare(Token t) {
        String w = t.lower();
        return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
    }
}
