package org.crosscheck.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date as an article states it: an interval of days plus how precisely it was said.
 * "5 May 2021" is one day; "January 2020" the whole month; "early January 2020" its first ten days, still
 * reported at month precision so that it agrees with "January 2020".
 */
public record ReportedDate(LocalDate first, LocalDate last, Precision precision) {

    public enum Precision { DAY, WEEK, PART_OF_MONTH, MONTH, SEASON, YEAR, DECADE }

    public ReportedDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(precision, "precision");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a date interval cannot end before it starts: " + first + " > " + last);
        }
    }

    public static ReportedDate day(LocalDate day) {
        return new ReportedDate(day, day, Precision.DAY);
    }

    public static ReportedDate month(YearMonth month) {
        return new ReportedDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
    }

    public static ReportedDate year(int year) {
        return new ReportedDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    /** Two reports of a date agree when the intervals they allow share at least one day. */
    public boolean agreesWith(ReportedDate other) {
        return !last.isBefore(other.first) && !other.last.isBefore(first);
    }

    /** ISO 8601 at the precision stated: 2021-05-05, 2021-05 or 2021 (the report format's convention). */
    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case WEEK, PART_OF_MONTH, MONTH -> YearMonth.from(first).toString();
            case SEASON, YEAR, DECADE -> Integer.toString(first.getYear());
        };
    }
}
