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
                match = AnchoredDates.read(scan, i);
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

    /** "since 2014" states when something began: same date, rule says so. */
    private static NormalisedDate sinceMarked(DateScan scan, int i, NormalisedDate date) {
        if (!scan.is(i - 1, "since")) {
            return date;
        }
        return date.ruled(date.span(), "since (start of a continuing state): " + date.rule());
    }
}
