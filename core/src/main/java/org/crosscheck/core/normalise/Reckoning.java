package org.crosscheck.core.normalise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.core.time.ReportedDate.Precision;

/**
 * Calendar arithmetic the way a reporter means it: "ten years ago" is a year, not a day (day arithmetic would
 * invent precision the writer never had), "last June" is the most recent June, "on Tuesday" in past-tense copy
 * is the most recent Tuesday.
 */
final class Reckoning {

    private Reckoning() {
    }

    /** "early", "mid", "late", "beginning", "start", "end" of a month: thirds of it, still month-precise. */
    static ReportedDate partOfMonth(YearMonth month, String part) {
        return switch (part) {
            case "early", "beginning", "start" -> new ReportedDate(month.atDay(1), month.atDay(10), Precision.PART_OF_MONTH);
            case "mid", "middle" -> new ReportedDate(month.atDay(11), month.atDay(20), Precision.PART_OF_MONTH);
            case "late", "end" -> new ReportedDate(month.atDay(21), month.atEndOfMonth(), Precision.PART_OF_MONTH);
            default -> ReportedDate.month(month);
        };
    }

    /** "early 2020" is its first four months, "mid-2020" the middle four, "late 2020" the last four. */
    static ReportedDate partOfYear(int year, String part) {
        int firstMonth = switch (part) {
            case "early", "beginning", "start" -> 1;
            case "mid", "middle" -> 5;
            case "late", "end" -> 9;
            default -> 0;
        };
        if (firstMonth == 0) {
            return ReportedDate.year(year);
        }
        return new ReportedDate(YearMonth.of(year, firstMonth).atDay(1),
                YearMonth.of(year, firstMonth + 3).atEndOfMonth(), Precision.SEASON);
    }

    static ReportedDate season(int year, String season) {
        int first = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        YearMonth start = YearMonth.of(year, first);
        return new ReportedDate(start.atDay(1), start.plusMonths(2).atEndOfMonth(), Precision.SEASON);
    }

    /** The month called {@code month} nearest the reference in the direction the clause looks. */
    static YearMonth monthNamed(LocalDate reference, Month month, boolean future, boolean strict) {
        YearMonth now = YearMonth.from(reference);
        YearMonth candidate = YearMonth.of(reference.getYear(), month);
        if (future) {
            boolean behind = strict ? !candidate.isAfter(now) : candidate.isBefore(now);
            return behind ? candidate.plusYears(1) : candidate;
        }
        boolean ahead = strict ? !candidate.isBefore(now) : candidate.isAfter(now);
        return ahead ? candidate.minusYears(1) : candidate;
    }

    /** "May 3" without a year: the occurrence nearest the reference in the clause's direction. */
    static LocalDate dayNamed(LocalDate reference, MonthDay day, boolean future) {
        LocalDate candidate = day.atYear(reference.getYear());
        if (future) {
            return candidate.isBefore(reference) ? day.atYear(reference.getYear() + 1) : candidate;
        }
        // "from June 20" in an article of June 11 is nine days on, not a year and a half back: a day named without a year
        // within NEAR_DAYS ahead is this year's even when nothing marks the clause as looking ahead
        boolean near = !candidate.isAfter(reference.plusDays(NEAR_DAYS));
        return candidate.isAfter(reference) && !near ? day.atYear(reference.getYear() - 1) : candidate;
    }

    /** Days ahead within which a day named without a year is the coming one, whatever the clause's tense. */
    static final int NEAR_DAYS = 31;

    static LocalDate weekday(LocalDate reference, DayOfWeek day, boolean future, boolean strict) {
        if (future) {
            return reference.with(strict ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
        }
        return reference.with(strict ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day));
    }

    /** The Monday-to-Sunday week around a day. */
    static ReportedDate weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportedDate(monday, monday.plusDays(6), Precision.WEEK);
    }

    /** The calendar period {@code offset} units away from the reference's own ("last month" is -1). */
    static ReportedDate period(LocalDate reference, ChronoUnit unit, long offset) {
        return switch (unit) {
            case DAYS -> ReportedDate.day(reference.plusDays(offset));
            case WEEKS -> weekOf(reference.plusWeeks(offset));
            case MONTHS -> ReportedDate.month(YearMonth.from(reference).plusMonths(offset));
            case DECADES -> decade(reference.getYear() / 10 * 10 + (int) (10 * offset));
            default -> ReportedDate.year(reference.getYear() + (int) offset);
        };
    }

    /** "N units ago", at the unit's precision; decades count as years since "two decades ago" is a year-ish point. */
    static ReportedDate ago(LocalDate reference, long amount, ChronoUnit unit) {
        if (unit == ChronoUnit.DECADES) {
            return ReportedDate.year(reference.getYear() - (int) (10 * amount));
        }
        return period(reference, unit, -amount);
    }

    /** The decade a year falls in: 1973 → the 1970s. */
    static ReportedDate decadeOf(int year) {
        return decade(year - Math.floorMod(year, 10));
    }

    static ReportedDate decade(int firstYear) {
        return new ReportedDate(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31), Precision.DECADE);
    }

    /** "the second week of June": days 8 to 14; "the last week" the final seven days. */
    static ReportedDate weekOfMonth(YearMonth month, int ordinal) {
        if (ordinal < 0) {
            return new ReportedDate(month.atEndOfMonth().minusDays(6), month.atEndOfMonth(), Precision.WEEK);
        }
        LocalDate first = month.atDay(Math.min(1 + 7 * (ordinal - 1), month.lengthOfMonth()));
        LocalDate last = first.plusDays(6).isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : first.plusDays(6);
        return new ReportedDate(first, last, Precision.WEEK);
    }
}
