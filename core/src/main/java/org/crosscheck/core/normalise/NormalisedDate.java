package org.crosscheck.core.normalise;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/**
 * A date expression found in an article: its exact span, the date it states (when it can be known from the
 * text and the article's own date), the reference date it was resolved against and the rule used, or why
 * it stays unresolved ("last month" in an undated article). "13 March" in an undated article stays unresolved but
 * keeps its day of the year: it still disagrees with a 12 March however the year is read.
 */
public record NormalisedDate(Span span, ReportedDate date, LocalDate reference, String rule, String unresolvedReason,
                             MonthDay dayWithoutYear) {

    public NormalisedDate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rule, "rule");
        if ((date == null) == (unresolvedReason == null)) {
            throw new IllegalArgumentException("a date is either resolved or carries the reason it is not");
        }
        if (date != null && dayWithoutYear != null) {
            throw new IllegalArgumentException("a resolved date has its year");
        }
    }

    public NormalisedDate(Span span, ReportedDate date, LocalDate reference, String rule, String unresolvedReason) {
        this(span, date, reference, rule, unresolvedReason, null);
    }

    public static NormalisedDate resolved(Span span, ReportedDate date, LocalDate reference, String rule) {
        return new NormalisedDate(span, Objects.requireNonNull(date, "date"), reference, rule, null);
    }

    public static NormalisedDate unresolved(Span span, String rule, String reason) {
        return new NormalisedDate(span, null, null, rule, Objects.requireNonNull(reason, "reason"));
    }

    /** A day and month the article gives without a year, in an article that states no date of its own. */
    public static NormalisedDate withoutYear(Span span, MonthDay day, String rule, String reason) {
        return new NormalisedDate(span, null, null, rule, Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(day, "day"));
    }

    /** The same date under another rule, as when the words around it say more ("since", a weekday before it). */
    public NormalisedDate ruled(Span wider, String newRule) {
        return new NormalisedDate(wider, date, reference, newRule, unresolvedReason, dayWithoutYear);
    }

    public boolean isResolved() {
        return date != null;
    }

    public Optional<ReportedDate> value() {
        return Optional.ofNullable(date);
    }

    /** Whether the date was worked out from the article's own date rather than stated outright. */
    public boolean isRelative() {
        return reference != null;
    }

    public String text(String articleText) {
        return span.of(articleText);
    }
}
