package org.crosscheck.core.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.core.text.Span;

/**
 * Finds the date expressions of a passage and resolves them against the article's reference date (its published
 * date; null when the article does not state one, in which case relative expressions stay unresolved with the
 * reason). Each rule looks at a bounded number of tokens, so a passage costs time linear in its length.
 */
public final class DateNormaliser {

    public List<NormalisedDate> find(String text, Span within, LocalDate reference) {
        return find(Tokenizer.tokens(text, within), reference);
    }

    public List<NormalisedDate> find(List<Token> tokens, LocalDate reference) {
        DateScan scan = new DateScan(tokens, reference);
        List<NormalisedDate> dates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<DateScan.Match> match = StatedDates.read(scan, i);
            if (match.isEmpty()) {
                int at = i;
                match = AnchoredDates.read(scan, at).map(m -> withStatedDay(scan, at, m));
            }
            if (match.isPresent()) {
                dates.add(sinceMarked(scan, i, match.get().date()));
                i = match.get().next();
            } else {
                i++;
            }
        }
        return dates;
    }

    /**
     * "on Sunday 5 October", "Saturday, 17 May": a weekday with the date written after it is that date (an article of
     * the 13th means 5 October, not the Sunday before the 13th); the weekday alone counts only where no date follows.
     */
    private static DateScan.Match withStatedDay(DateScan scan, int i, DateScan.Match weekday) {
        int d = scan.is(i, "last", "next", "this", "late", "early") ? i + 1 : i;
        if (scan.at(d) == null || CalendarWords.weekday(scan.at(d)).isEmpty()) {
            return weekday;
        }
        int after = scan.is(weekday.next(), ",") ? weekday.next() + 1 : weekday.next();
        Optional<DateScan.Match> stated = StatedDates.read(scan, after);
        if (stated.isEmpty() || stated.get().date().date() == null) {
            return weekday;
        }
        NormalisedDate day = stated.get().date();
        return new DateScan.Match(stated.get().next(), new NormalisedDate(new org.crosscheck.core.text.Span(weekday.date().span().start(),
                day.span().end()), day.date(), day.reference(), "weekday with its date: " + day.rule(), day.unresolvedReason()));
    }

    /** "since 2014" states when something began: same date, rule says so. */
    private static NormalisedDate sinceMarked(DateScan scan, int i, NormalisedDate date) {
        if (!scan.is(i - 1, "since")) {
            return date;
        }
        return new NormalisedDate(date.span(), date.date(), date.reference(), "since (start of a continuing state): " + date.rule(),
                date.unresolvedReason());
    }
}
