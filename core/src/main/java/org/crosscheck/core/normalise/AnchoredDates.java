package org.crosscheck.core.normalise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.core.time.ReportedDate.Precision;

/** Dates that only mean something against the article's own date: "yesterday", "last month", "ten years ago". */
final class AnchoredDates {

    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    private AnchoredDates() {
    }

    static Optional<DateScan.Match> read(DateScan s, int i) {
        return s.first(i, AnchoredDates::dayWord, AnchoredDates::weekday, AnchoredDates::earlierOrLaterThis,
                AnchoredDates::neighbouringPeriod, AnchoredDates::ago, AnchoredDates::periodOf, AnchoredDates::bareMonth);
    }

    private static Optional<DateScan.Match> dayWord(DateScan s, int i) {
        int offset;
        if (s.is(i, "today", "tonight")) {
            offset = 0;
        } else if (s.is(i, "yesterday")) {
            offset = -1;
        } else if (s.is(i, "tomorrow")) {
            offset = 1;
        } else if (s.is(i, "this") && s.at(i + 1) != null && DAY_PARTS.contains(s.at(i + 1).lower())) {
            return s.anchored(i, i + 2, "this part of the day = reference day", ReportedDate::day);
        } else {
            return Optional.empty();
        }
        return s.anchored(i, i + 1, s.at(i).lower() + " = reference day " + (offset == 0 ? "" : (offset > 0 ? "+1" : "-1")),
                ref -> ReportedDate.day(ref.plusDays(offset)));
    }

    /** "on Tuesday", "late Monday", "last Friday", "next Wednesday", "Tuesday night". */
    private static Optional<DateScan.Match> weekday(DateScan s, int i) {
        int d = s.is(i, "last", "next", "this", "late", "early") ? i + 1 : i;
        Optional<DayOfWeek> day = CalendarWords.weekday(s.at(d));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        int next = s.at(d + 1) != null && DAY_PARTS.contains(s.at(d + 1).lower()) ? d + 2 : d + 1;
        // "on Sunday 5 October", "Saturday, 17 May": the date written after the weekday is the day meant (an article of
        // the 13th means the 5th, not the Sunday before the 13th)
        Optional<DateScan.Match> stated = StatedDates.read(s, s.is(next, ",") ? next + 1 : next);
        if (stated.isPresent() && (stated.get().date().date() != null || stated.get().date().dayWithoutYear() != null)) {
            NormalisedDate written = stated.get().date();
            return Optional.of(new DateScan.Match(stated.get().next(), written.ruled(new Span(s.at(i).span().start(),
                    written.span().end()), "weekday with its date: " + written.rule())));
        }
        boolean future = s.is(i, "next") || !s.is(i, "last") && s.futureBefore(i);
        boolean strict = s.is(i, "last", "next");
        String rule = (future ? "next " : "most recent ") + day.get().name().toLowerCase()
                + (strict ? " before/after" : " on or " + (future ? "after" : "before")) + " the reference date";
        return s.anchored(i, next, rule, ref -> ReportedDate.day(Reckoning.weekday(ref, day.get(), future, strict)));
    }

    /** "earlier this month", "later this year": the part of the period before or after the reference date. */
    private static Optional<DateScan.Match> earlierOrLaterThis(DateScan s, int i) {
        if (!s.is(i, "earlier", "later") || !s.is(i + 1, "this")) {
            return Optional.empty();
        }
        Optional<ChronoUnit> unit = CalendarWords.unit(s.at(i + 2)).filter(u -> u != ChronoUnit.DAYS);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        boolean earlier = s.is(i, "earlier");
        return s.anchored(i, i + 3, (earlier ? "earlier" : "later") + " this " + s.at(i + 2).lower(), ref -> {
            ReportedDate whole = Reckoning.period(ref, unit.get(), 0);
            Precision p = unit.get() == ChronoUnit.MONTHS ? Precision.PART_OF_MONTH : whole.precision();
            return earlier ? new ReportedDate(whole.first(), ref, p) : new ReportedDate(ref, whole.last(), p);
        });
    }

    /** "last month", "this year", "next week", "the past decade". */
    private static Optional<DateScan.Match> neighbouringPeriod(DateScan s, int i) {
        int offset;
        if (s.is(i, "last", "past", "previous")) {
            offset = -1;
        } else if (s.is(i, "this", "current")) {
            offset = 0;
        } else if (s.is(i, "next", "coming")) {
            offset = 1;
        } else {
            return Optional.empty();
        }
        String word = s.at(i + 1) == null ? "" : s.at(i + 1).lower();
        boolean plural = word.endsWith("s") && !word.endsWith("'s") && !word.endsWith("\u2019s");
        Optional<ChronoUnit> unit = CalendarWords.unit(s.at(i + 1)).filter(u -> !plural);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        if (s.is(i - 1, "the") && offset != 0) {
            // "the next day", "the previous week": the story's own time, which the article's date does not give
            return Optional.of(new DateScan.Match(i + 2, NormalisedDate.unresolved(s.span(i - 1, i + 2), "the " + s.at(i).lower()
                    + " " + s.at(i + 1).lower(), "counted from an event in the story, not from the article's date")));
        }
        return s.anchored(i, i + 2, s.at(i).lower() + " " + s.at(i + 1).lower() + " = calendar " + unit.get().name().toLowerCase()
                + " " + (offset == 0 ? "of" : offset < 0 ? "before" : "after") + " the reference date",
                ref -> Reckoning.period(ref, unit.get(), offset));
    }

    /** "ten years ago", "two decades ago", "a month ago", "3 weeks ago", "half a century ago". */
    private static Optional<DateScan.Match> ago(DateScan s, int i) {
        Optional<NumberWords.Reading> amount = NumberWords.read(s.tokens(), i);
        long count;
        int u;
        boolean half = false;
        if (amount.isPresent()) {
            count = Math.round(amount.get().value());
            u = amount.get().next();
        } else if (s.is(i, "a", "an", "one")) {
            count = 1;
            u = i + 1;
        } else if (s.is(i, "half") && s.is(i + 1, "a", "an")) {
            half = true;
            count = 1;
            u = i + 2;
        } else {
            return Optional.empty();
        }
        if (s.is(u, "century", "centuries") && s.is(u + 1, "ago") && count <= 100) {
            // A round span of generations: the decade it lands in ("half a century ago" in 2023: the 1970s).
            long years = half ? 50 * count : 100 * count;
            return s.anchored(i, u + 2, years + " years before the reference date, at decade precision",
                    ref -> Reckoning.decadeOf(ref.getYear() - (int) years));
        }
        Optional<ChronoUnit> unit = CalendarWords.unit(s.at(u));
        if (unit.isEmpty() || !s.is(u + 1, "ago") || count > 10_000 || half && unit.get() != ChronoUnit.DECADES) {
            return Optional.empty();
        }
        if (half) {
            return s.anchored(i, u + 2, "5 years before the reference date, at year precision",
                    ref -> Reckoning.ago(ref, 5, ChronoUnit.YEARS));
        }
        if (s.is(u + 2, "today") && unit.get() != ChronoUnit.DECADES) {
            // "a week ago today": that very day, the reference date moved back by the span
            return s.anchored(i, u + 3, count + " " + unit.get().name().toLowerCase() + " before the reference date, to the day",
                    ref -> ReportedDate.day(ref.minus(count, unit.get())));
        }
        return s.anchored(i, u + 2, count + " " + unit.get().name().toLowerCase() + " before the reference date, at "
                + (unit.get() == ChronoUnit.DECADES ? "year" : singular(unit.get())) + " precision",
                ref -> Reckoning.ago(ref, count, unit.get()));
    }

    /**
     * "eight years of open hostility": a period running up to the reference date, so it began N units before it
     * (at the unit's precision). Days and weeks are left alone: "two days of talks" is a length, not a start.
     */
    private static Optional<DateScan.Match> periodOf(DateScan s, int i) {
        Optional<NumberWords.Reading> amount = NumberWords.read(s.tokens(), i);
        if (amount.isEmpty() || amount.get().value() < 2 || amount.get().value() > 1_000) {
            return Optional.empty();
        }
        int u = amount.get().next();
        Optional<ChronoUnit> unit = CalendarWords.unit(s.at(u))
                .filter(x -> x == ChronoUnit.YEARS || x == ChronoUnit.DECADES || x == ChronoUnit.MONTHS);
        if (unit.isEmpty() || !s.is(u + 1, "of")) {
            return Optional.empty();
        }
        long count = Math.round(amount.get().value());
        return s.anchored(i, u + 1, "start of a period of " + count + " " + unit.get().name().toLowerCase()
                + " running to the reference date", ref -> Reckoning.ago(ref, count, unit.get()));
    }

    /** "in March", "back in March", "last June", "next June": a month named without its year. */
    private static Optional<DateScan.Match> bareMonth(DateScan s, int i) {
        boolean qualified = s.is(i, "last", "next", "this");
        int m = qualified ? i + 1 : i;
        Optional<Month> month = CalendarWords.month(s.at(m));
        if (month.isEmpty() || !qualified && !s.is(i - 1, "in", "since", "until", "by", "from", "and", "of", "during", "early", "late")) {
            return Optional.empty();
        }
        if (month.get() == Month.MAY && !qualified && !s.is(i - 1, "in", "since", "until", "during")) {
            return Optional.empty();
        }
        boolean future = s.is(i, "next") || !s.is(i, "last", "this") && s.futureBefore(i);
        boolean strict = s.is(i, "last", "next");
        String rule = (future ? "next " : "most recent ") + month.get().name().toLowerCase()
                + (strict ? " strictly " : " ") + (future ? "after" : "before") + " the reference month";
        return s.anchored(i, m + 1, rule, ref -> ReportedDate.month(monthOf(ref, month.get(), future, strict, s.is(i, "this"))));
    }

    private static String singular(ChronoUnit unit) {
        String plural = unit.name().toLowerCase();
        return plural.substring(0, plural.length() - 1);
    }

    private static YearMonth monthOf(LocalDate ref, Month month, boolean future, boolean strict, boolean thisYear) {
        return thisYear ? YearMonth.of(ref.getYear(), month) : Reckoning.monthNamed(ref, month, future, strict);
    }
}
